/**
 * Named storage errors with stable codes. They mean a broken invariant that
 * an operator must fix (another process, a damaged file): never shown to chat
 * users verbatim, and never "repaired" by overwriting data.
 */

export type StorageErrorCode = 'STORE_LOCKED' | 'STORE_FILE_CORRUPT' | 'STORE_CLOSED';

export abstract class StorageError extends Error {
  abstract readonly code: StorageErrorCode;
}

/** Another live process already serves this data directory. */
export class StoreLockedError extends StorageError {
  readonly code = 'STORE_LOCKED' as const;
  override readonly name = 'StoreLockedError';

  constructor(
    readonly dataDir: string,
    /** Undefined when the lock file names no pid yet (another process is creating it). */
    readonly holderPid: number | undefined,
  ) {
    super(
      `Data directory ${dataDir} is in use by ${holderPid === undefined ? 'another process' : `process ${holderPid}`} ` +
        `(lock file ${dataDir}/.lock). ` +
        'Stop that process, or point this one at another data directory.',
    );
  }
}

/** A store file is not valid JSON or not of the expected shape; left untouched. */
export class CorruptStoreFileError extends StorageError {
  readonly code = 'STORE_FILE_CORRUPT' as const;
  override readonly name = 'CorruptStoreFileError';

  constructor(
    readonly filePath: string,
    readonly problem: string,
  ) {
    super(`Store file ${filePath} is unreadable (${problem}); it was left untouched for inspection or restore.`);
  }
}

/** The store was used after close(). */
export class StoreClosedError extends StorageError {
  readonly code = 'STORE_CLOSED' as const;
  override readonly name = 'StoreClosedError';

  constructor() {
    super('The store has been closed.');
  }
}
