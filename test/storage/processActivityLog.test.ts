/**
 * The in-process replay guard log (lowdb and memory stores): a re-sent
 * activity is refused within its window whatever else arrives, and the log
 * stays within its bound however many different activities it sees.
 */
import { ProcessActivityLog, REMEMBERED_ACTIVITIES } from '../../src/storage/memory/processSharedState.js';

const WINDOW_MS = 10 * 60_000;
const teamsKey = (conversation: number, activity: number): string =>
  `a:1mQXk3v9ZbT0c-${conversation}-Jv8Kq2wYtN5hR7uE4sLdPfGzXo6iBn1aCe9@thread.tacv2;messageid=${1_732_950_000_000 + conversation}|${1_732_950_000_000 + activity}`;

describe('ProcessActivityLog', () => {
  it('refuses a re-sent activity after thousands of others, and only that one', async () => {
    const log = new ProcessActivityLog();
    expect(await log.firstSeen(teamsKey(1, 1), WINDOW_MS)).toBe(true);
    for (let i = 2; i < 5_000; i += 1) expect(await log.firstSeen(teamsKey(i, i), WINDOW_MS)).toBe(true);
    expect(await log.firstSeen(teamsKey(1, 1), WINDOW_MS)).toBe(false);
    expect(await log.firstSeen(teamsKey(4_999, 4_999), WINDOW_MS)).toBe(false);
    // The same activity id in another conversation, and a new activity in the same one, are new turns.
    expect(await log.firstSeen(teamsKey(2, 1), WINDOW_MS)).toBe(true);
    expect(await log.firstSeen(teamsKey(1, 5_000), WINDOW_MS)).toBe(true);
  });

  it('takes an activity again once its window has passed, by the injected clock', async () => {
    let now = 1_000;
    const log = new ProcessActivityLog(REMEMBERED_ACTIVITIES, () => now);
    expect(await log.firstSeen('conv|a', WINDOW_MS)).toBe(true);
    now += WINDOW_MS - 1;
    expect(await log.firstSeen('conv|a', WINDOW_MS)).toBe(false);
    now += 1;
    expect(await log.firstSeen('conv|a', WINDOW_MS)).toBe(true);
    expect(await log.firstSeen('conv|a', WINDOW_MS)).toBe(false);
  });

  it('stays within its bound under many distinct conversations, forgetting the oldest first', async () => {
    const bound = 1_000;
    const log = new ProcessActivityLog(bound);
    for (let i = 0; i < 5 * bound; i += 1) await log.firstSeen(teamsKey(i, i), WINDOW_MS);
    expect(log.size).toBe(bound);
    // The most recent thousand are still refused; the first ones were let go to make room.
    expect(await log.firstSeen(teamsKey(5 * bound - 1, 5 * bound - 1), WINDOW_MS)).toBe(false);
    expect(await log.firstSeen(teamsKey(4 * bound + 1, 4 * bound + 1), WINDOW_MS)).toBe(false);
    expect(await log.firstSeen(teamsKey(0, 0), WINDOW_MS)).toBe(true);
    expect(log.size).toBe(bound);
  });

  it('lets expired activities go before the bound is reached', async () => {
    let now = 0;
    const log = new ProcessActivityLog(REMEMBERED_ACTIVITIES, () => now);
    for (let i = 0; i < 100; i += 1) await log.firstSeen(teamsKey(i, i), WINDOW_MS);
    now += WINDOW_MS;
    await log.firstSeen(teamsKey(100, 100), WINDOW_MS);
    expect(log.size).toBe(1);
  });
});
