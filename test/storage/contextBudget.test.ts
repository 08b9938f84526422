/**
 * Kept conversation contexts (embedded store) are bounded by size as well as
 * by count: long transcripts push the oldest conversations out instead of
 * growing the process, the newest conversation always keeps its context, and
 * the size estimate counts a repeated answer once and Japanese text at two
 * bytes a character.
 */
import { approximateHeapBytes, KEPT_CONTEXT_BYTES, ProcessConversationContexts } from '../../src/storage/memory/processSharedState.js';

const transcriptOf = (conversation: number, lines: number, lineLength: number): Readonly<Record<string, unknown>> => ({
  notUnderstoodInARow: 0,
  transcript: Array.from({ length: lines }, (_, i) => ({ from: i % 2 ? 'bot' : 'user', text: `${conversation}:${i}:`.padEnd(lineLength, 'x'), at: '2026-11-30T10:00:00.000Z' })),
});

it('lets the oldest conversations go once the kept contexts pass their size budget', async () => {
  const budget = 200 * 1024;
  const contexts = new ProcessConversationContexts({ maxBytes: budget });
  for (let c = 0; c < 100; c += 1) await contexts.save(`a:conversation-${c}|aad-${c}`, transcriptOf(c, 20, 500), 60_000);
  const { bytes, contexts: kept } = contexts.usage;
  expect(bytes).toBeLessThanOrEqual(budget);
  expect(kept).toBeGreaterThan(5);
  expect(kept).toBeLessThan(100);
  expect(await contexts.find('a:conversation-0|aad-0')).toBeUndefined();
  expect(((await contexts.find('a:conversation-99|aad-99')) as { transcript: unknown[] }).transcript).toHaveLength(20);
  // A conversation saved again moves to the newest end and is not the next to go.
  await contexts.save('a:conversation-95|aad-95', transcriptOf(95, 20, 500), 60_000);
  for (let c = 100; c < 100 + kept - 1; c += 1) await contexts.save(`a:conversation-${c}|aad-${c}`, transcriptOf(c, 20, 500), 60_000);
  expect(await contexts.find('a:conversation-95|aad-95')).toBeDefined();
  expect(await contexts.find('a:conversation-96|aad-96')).toBeUndefined();
});

it('keeps the conversation just saved even when it alone is over the budget', async () => {
  const contexts = new ProcessConversationContexts({ maxBytes: 1024 });
  await contexts.save('a:small|aad-1', transcriptOf(1, 1, 100), 60_000);
  await contexts.save('a:large|aad-2', transcriptOf(2, 20, 2000), 60_000);
  expect(await contexts.find('a:large|aad-2')).toBeDefined();
  expect(await contexts.find('a:small|aad-1')).toBeUndefined();
});

it('counts a repeated long answer once and Japanese text at two bytes a character', () => {
  const answer = 'Contoso Ltd has 12 of 20 incidents left. '.repeat(20);
  const once = approximateHeapBytes({ transcript: [{ text: answer }] });
  const tenTimes = approximateHeapBytes({ transcript: Array.from({ length: 10 }, () => ({ text: answer })) });
  expect(tenTimes).toBeLessThan(once + 10 * 64);
  expect(approximateHeapBytes('サポート'.repeat(50))).toBeGreaterThan(approximateHeapBytes('a'.repeat(200)) + 150);
  expect(KEPT_CONTEXT_BYTES).toBeGreaterThanOrEqual(16 * 1024 * 1024);
});
