import { lowdbStoreFactory, memoryStoreFactory } from '../helpers/storeFactories.js';
import { postgresStoreFactory } from '../postgres/testDatabase.js';
import { describeSharedStateContract } from './sharedStateContract.js';

describeSharedStateContract('memory store', memoryStoreFactory);
describeSharedStateContract('lowdb store', lowdbStoreFactory());
describeSharedStateContract('PostgreSQL store', postgresStoreFactory);
