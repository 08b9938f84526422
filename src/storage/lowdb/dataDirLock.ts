/**
 * One process per data directory: two processes writing the same lowdb files
 * would silently lose each other's updates. The lock is `<dataDir>/.lock`
 * holding the owner's pid, created exclusively ('wx'). A lock whose pid is
 * dead (a crash) is taken over.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { StoreLockedError } from '../storageErrors.js';

/** Directories locked by this process: a pid equal to ours is only live if it is in here. */
const heldByThisProcess = new Set<string>();

/** A lock file with no pid yet may be mid-creation by another process; give it this long. */
const unreadableLockGraceMs = 10_000;

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

export class DataDirLock {
  readonly #onExit = (): void => this.#releaseSync();
  #released = false;

  private constructor(
    readonly dataDir: string,
    readonly lockPath: string,
  ) {}

  static async acquire(dataDirInput: string): Promise<DataDirLock> {
    const dataDir = resolve(dataDirInput);
    const lockPath = join(dataDir, '.lock');
    if (heldByThisProcess.has(dataDir)) throw new StoreLockedError(dataDir, process.pid);
    // A few attempts: another process may take over the same stale lock at the same time.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        await writeFile(lockPath, `${process.pid}\n`, { flag: 'wx' });
        const lock = new DataDirLock(dataDir, lockPath);
        heldByThisProcess.add(dataDir);
        process.on('exit', lock.#onExit);
        return lock;
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error;
      }
      const holder = await DataDirLock.#readHolder(lockPath);
      if (holder === 'gone') continue;
      if (holder === 'unreadable') {
        const ageMs = Date.now() - (await stat(lockPath).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
        if (ageMs < unreadableLockGraceMs) throw new StoreLockedError(dataDir, undefined);
      } else if (holder !== process.pid && isProcessAlive(holder)) {
        throw new StoreLockedError(dataDir, holder);
      }
      // Dead holder, our own pid left by an earlier life of this pid (containers reuse pid 1), or garbage.
      await unlink(lockPath).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
    }
    throw new StoreLockedError(dataDir, undefined);
  }

  static async #readHolder(lockPath: string): Promise<number | 'gone' | 'unreadable'> {
    try {
      const pid = Number.parseInt(await readFile(lockPath, 'utf8'), 10);
      return Number.isInteger(pid) && pid > 0 ? pid : 'unreadable';
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return 'gone';
      throw error;
    }
  }

  async release(): Promise<void> {
    if (this.#released) return;
    this.#releaseSync();
  }

  // Synchronous so it also works from the 'exit' event. Removes the file only if it is still ours.
  #releaseSync(): void {
    if (this.#released) return;
    this.#released = true;
    process.off('exit', this.#onExit);
    heldByThisProcess.delete(this.dataDir);
    try {
      if (Number.parseInt(readFileSync(this.lockPath, 'utf8'), 10) === process.pid) unlinkSync(this.lockPath);
    } catch {
      // Already gone: nothing to release.
    }
  }
}
