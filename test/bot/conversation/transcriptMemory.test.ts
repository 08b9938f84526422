/**
 * Kept conversation contexts: a transcript stays the last twenty lines in
 * order, and a conversation that gets the same long answer over and over
 * holds that answer once, so thousands of such conversations fit in memory.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { ConversationMemory, type ConversationState } from '../../../src/bot/conversationMemory.js';
import { ProcessConversationContexts } from '../../../src/storage/memory/processSharedState.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** A text built afresh, as each turn's reply is: equal to the last one, never the same string. */
const freshCopy = (text: string): string => JSON.parse(JSON.stringify(text)) as string;
const answer = 'Contoso Ltd has 1 of 5 Microsoft product support incidents (on-premises) left this year. '.repeat(90);

function askedRepeatedly(state: ConversationState, turns: number): void {
  for (let i = 0; i < turns; i += 1) {
    ConversationMemory.remember(state, { from: 'user', text: freshCopy('How many incidents do we have left?'), at: new Date(i * 1000).toISOString() });
    ConversationMemory.remember(state, { from: 'bot', text: freshCopy(answer), at: new Date(i * 1000 + 1).toISOString() });
  }
}

it('keeps the last twenty lines, in order, with every text as it was said', () => {
  const state: ConversationState = { notUnderstoodInARow: 0, transcript: [] };
  askedRepeatedly(state, 15);
  ConversationMemory.remember(state, { from: 'user', text: 'Thanks!', at: new Date(99_000).toISOString() });
  expect(state.transcript).toHaveLength(20);
  expect(state.transcript.at(-1)).toEqual({ from: 'user', text: 'Thanks!', at: new Date(99_000).toISOString() });
  expect(state.transcript.at(-2)).toEqual({ from: 'bot', text: answer, at: new Date(14_001).toISOString() });
  expect(state.transcript.filter((line) => line.from === 'bot').every((line) => line.text === answer)).toBe(true);
  expect(state.transcript[0]).toEqual({ from: 'bot', text: answer, at: new Date(5_001).toISOString() });
});

it('holds a repeated answer once per conversation across many kept conversations', async () => {
  const conversations = 300;
  const contexts = new ProcessConversationContexts();
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  for (let c = 0; c < conversations; c += 1) {
    const state: ConversationState = { notUnderstoodInARow: 0, transcript: [] };
    askedRepeatedly(state, 10);
    await contexts.save(`a:conversation-${c}|aad-${c}`, state as unknown as Readonly<Record<string, unknown>>, 60_000);
  }
  collectGarbage();
  const grownBytes = process.memoryUsage().heapUsed - before;
  // Ten copies of an 8 KB answer each would be 24 MB; one copy each is 2.4 MB plus the lines.
  expect(grownBytes).toBeLessThan(8 * 1024 * 1024);
  const kept = (await contexts.find('a:conversation-7|aad-7')) as unknown as ConversationState;
  expect(kept.transcript).toHaveLength(20);
  expect(kept.transcript[19]!.text).toBe(answer);
});
