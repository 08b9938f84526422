import { memoryStoreFactory } from '../helpers/storeFactories.js';
import { describeRepositoryContract } from './repositoryContract.js';

describeRepositoryContract('memory store', memoryStoreFactory);
