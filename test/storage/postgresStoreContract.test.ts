import { postgresStoreFactory } from '../postgres/testDatabase.js';
import { describeRepositoryContract } from './repositoryContract.js';
import { describeTicketContract } from './ticketsContract.js';

describeRepositoryContract('PostgreSQL store', postgresStoreFactory);
describeTicketContract('PostgreSQL store', postgresStoreFactory);
