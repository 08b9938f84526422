/** A store's first read: shared by concurrent callers, kept once it succeeds, tried again after a failure. */
import { LoadOnce } from '../../src/storage/lowdb/loadOnce.js';

it('runs one load for many concurrent callers and none after it succeeded', async () => {
  let loads = 0;
  const once = new LoadOnce(async () => {
    loads += 1;
    await new Promise((resolve) => setImmediate(resolve));
  });
  await Promise.all(Array.from({ length: 10 }, () => once.done()));
  await once.done();
  expect(loads).toBe(1);
});

it('reports a failed load to its callers and runs it again on the next call', async () => {
  let damaged = true;
  let loads = 0;
  const once = new LoadOnce(async () => {
    loads += 1;
    if (damaged) throw new Error('damaged file');
  });
  await expect(Promise.all([once.done(), once.done()])).rejects.toThrow('damaged file');
  expect(loads).toBe(1);
  damaged = false;
  await expect(once.done()).resolves.toBeUndefined();
  await once.done();
  expect(loads).toBe(2);
});

it('lets a closer wait for a load in flight without failing on its error', async () => {
  let fail: (error: Error) => void = () => undefined;
  const once = new LoadOnce(() => new Promise<void>((_, reject) => (fail = reject)));
  await expect(once.settled()).resolves.toBeUndefined(); // nothing in flight yet
  const caller = once.done();
  const closing = once.settled();
  fail(new Error('damaged file'));
  await expect(caller).rejects.toThrow('damaged file');
  await expect(closing).resolves.toBeUndefined();
});
