/**
 * What the composition root gets from storage: every repository plus the
 * store's own lifecycle. Both implementations (lowdb, memory) return this.
 */
import type { Repositories } from '../domain/repositories.js';

export interface Store extends Repositories {
  /** True when no company has ever been stored: used to seed the demo once. */
  isEmpty(): Promise<boolean>;
  /** Waits for pending writes and releases the data directory. Idempotent. */
  close(): Promise<void>;
}
