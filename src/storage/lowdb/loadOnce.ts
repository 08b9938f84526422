/**
 * A store's first read of its files, run on first use and shared by every
 * caller after it. A failed load (a damaged file) is not remembered: the next
 * caller tries again, so a repaired file is picked up without a restart.
 */
export class LoadOnce {
  #loaded: Promise<void> | undefined;

  constructor(private readonly load: () => Promise<void>) {}

  /** Resolves once loaded: starts the load unless one has succeeded or is in flight. */
  done(): Promise<void> {
    this.#loaded ??= this.load().catch((error: unknown) => {
      this.#loaded = undefined;
      throw error;
    });
    return this.#loaded;
  }

  /** Waits for a load in flight, whatever its outcome (its callers hear of a failure): for closing. */
  async settled(): Promise<void> {
    await this.#loaded?.catch(() => undefined);
  }
}
