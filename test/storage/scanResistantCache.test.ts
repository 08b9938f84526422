import { ScanResistantCache } from '../../src/storage/lowdb/scanResistantCache.js';

describe('the company cache', () => {
  let clock = 0;
  const now = (): number => clock;
  beforeEach(() => {
    clock = 0;
  });

  it('keeps companies used again in later turns through a sweep over many others', () => {
    const cache = new ScanResistantCache<string, number>(20, 1000, now);
    for (const key of ['a', 'b', 'c']) cache.set(key, 1);
    clock = 5000;
    for (const key of ['a', 'b', 'c']) expect(cache.get(key)).toBe(1); // a later turn: kept
    for (let i = 0; i < 1000; i += 1) {
      cache.set(`sweep-${i}`, i);
      cache.get(`sweep-${i}`); // read again within the same burst: still only on trial
    }
    for (const key of ['a', 'b', 'c']) expect(cache.get(key)).toBe(1);
    expect(cache.get('sweep-0')).toBeUndefined();
    expect(cache.size).toBeLessThanOrEqual(20);
  });

  it('never holds more than its capacity, and the least recently used leave first', () => {
    const cache = new ScanResistantCache<string, number>(5, 0, now);
    for (let i = 0; i < 20; i += 1) {
      cache.set(`k${i}`, i);
      cache.get(`k${i}`);
      expect(cache.size).toBeLessThanOrEqual(5);
    }
    expect(cache.get('k19')).toBe(19);
    expect(cache.get('k0')).toBeUndefined();
  });

  it('replaces a value in place and forgets a deleted key', () => {
    const cache = new ScanResistantCache<string, string>(4, 0, now);
    cache.set('a', 'old');
    cache.get('a');
    cache.set('a', 'new');
    expect(cache.get('a')).toBe('new');
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
    expect(() => new ScanResistantCache(0)).toThrow(RangeError);
  });
});
