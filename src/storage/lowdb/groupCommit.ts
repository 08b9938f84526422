/**
 * Group commit for a file: what is submitted while a write is running waits
 * and goes into the next write together, so many concurrent writers cost one
 * file write instead of one each. `commit` settles every entry of its batch.
 */
export interface Submitted<E> {
  readonly entry: E;
  resolve(): void;
  reject(error: unknown): void;
}

export class GroupCommit<E> {
  #queue: Submitted<E>[] = [];
  #flushing: Promise<void> | undefined;

  constructor(private readonly commit: (batch: readonly Submitted<E>[]) => Promise<void>) {}

  /** Resolves once the entry's batch is committed; rejects with that batch's error. */
  submit(entry: E): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ entry, resolve, reject });
      this.#flushing ??= this.#flush();
    });
  }

  /** Waits for writes in flight. */
  async idle(): Promise<void> {
    while (this.#flushing) await this.#flushing;
  }

  async #flush(): Promise<void> {
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue;
        this.#queue = [];
        await this.commit(batch);
      }
    } finally {
      this.#flushing = undefined;
    }
  }
}
