/**
 * How far V8 lets the heap grow past what was live after a full collection.
 * Left to itself, V8 grows it up to fourfold when collections are quick:
 * under 50 concurrent turns the bot's heap reached 310–370 MB while about
 * 75 MB of it was live, and that memory stayed with the process. A fixed 2×
 * kept the resident size under 280 MB under the same load for about the
 * same CPU per turn (1.5× gave 240 MB but cost about 0.2 ms more per turn).
 * It does not cap the heap: a larger store still gets all the heap it needs.
 * HEAP_GROWING_PERCENT sets it (default 100).
 */
import { setFlagsFromString } from 'node:v8';

/** V8 reads this factor at each full collection, so setting it once at start-up is enough; 0 is V8's own choice. */
export function limitHeapGrowth(percent: number): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
