/**
 * Runs work for one key strictly one at a time: two agents (or an agent and
 * the demo timer) deciding the same request must not both create contracts.
 * In-process on purpose: the store allows one bot process per data directory.
 */
export class SerialLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
