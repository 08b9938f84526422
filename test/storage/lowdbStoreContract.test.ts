import { lowdbStoreFactory } from '../helpers/storeFactories.js';
import { describeRepositoryContract } from './repositoryContract.js';

describeRepositoryContract('lowdb store', lowdbStoreFactory());
// A cache of one company forces constant eviction and reloading from disk.
describeRepositoryContract('lowdb store with a one-company cache', lowdbStoreFactory({ cacheCapacity: 1 }));
