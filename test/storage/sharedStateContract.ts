/**
 * What every store's shared state must do (replay guard, follow-up context,
 * locks), whichever process keeps it. Called with each store factory.
 */
import { useFreshStore, type StoreFactory } from '../helpers/storeFactories.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function describeSharedStateContract(name: string, factory: StoreFactory): void {
  describe(`${name}: shared state contract`, () => {
    const freshStore = useFreshStore(factory);

    it('sees an activity id once, however many times it arrives at once', async () => {
      const log = freshStore().processedActivities;
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => log.firstSeen('conv-1|activity-1', 60_000)));
      expect(outcomes.filter(Boolean)).toHaveLength(1);
      expect(await log.firstSeen('conv-1|activity-2', 60_000)).toBe(true);
      expect(await log.firstSeen('conv-1|activity-1', 60_000)).toBe(false);
    });

    it('accepts an activity id again once its window has passed', async () => {
      const log = freshStore().processedActivities;
      expect(await log.firstSeen('conv-1|old', 1)).toBe(true);
      await sleep(50);
      expect(await log.firstSeen('conv-1|old', 60_000)).toBe(true);
      expect(await log.firstSeen('conv-1|old', 60_000)).toBe(false);
    });

    it('keeps a conversation’s context until it expires, as a copy', async () => {
      const contexts = freshStore().conversationContexts;
      expect(await contexts.find('conv-1|aad-1')).toBeUndefined();
      const context = { lastIntent: 'incidentCount', lastEntities: { offerLevels: ['gold'] }, transcript: [{ from: 'user', text: 'こんにちは' }] };
      await contexts.save('conv-1|aad-1', context, 60_000);
      context.lastIntent = 'changed';
      const found = await contexts.find('conv-1|aad-1');
      expect(found).toEqual({ lastIntent: 'incidentCount', lastEntities: { offerLevels: ['gold'] }, transcript: [{ from: 'user', text: 'こんにちは' }] });
      await contexts.save('conv-1|aad-1', { lastIntent: 'later' }, 1);
      await sleep(50);
      expect(await contexts.find('conv-1|aad-1')).toBeUndefined();
      expect(await contexts.find('conv-2|aad-1')).toBeUndefined();
    });

    it('takes ids and text with NUL characters from the network without failing', async () => {
      const { processedActivities, conversationContexts } = freshStore();
      expect(await processedActivities.firstSeen('conv\u0000|activity', 60_000)).toBe(true);
      expect(await processedActivities.firstSeen('conv\u0000|activity', 60_000)).toBe(false);
      await conversationContexts.save('conv\u0000|aad', { transcript: [{ from: 'user', text: 'before\u0000after \\u0000 literal' }] }, 60_000);
      const text = JSON.stringify(await conversationContexts.find('conv\u0000|aad'));
      expect(text).toContain('before');
      expect(text).toContain('after \\\\u0000 literal'); // an escaped backslash before "u0000" is text, kept as it is
    });

    it('runs work under one key one at a time, and other keys alongside', async () => {
      const locks = freshStore().locks;
      let inside = 0;
      let most = 0;
      const work = async (): Promise<void> => {
        inside++;
        most = Math.max(most, inside);
        await sleep(5);
        inside--;
      };
      await Promise.all(Array.from({ length: 8 }, () => locks.run('request-1', work)));
      expect(most).toBe(1);
      await expect(locks.run('request-1', async () => 'value')).resolves.toBe('value');
      await expect(locks.run('request-1', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      await expect(locks.run('request-1', async () => 'free again')).resolves.toBe('free again'); // a failure releases the key
    });

    it('tryRun skips work whose key is held, and runs it once the key is free', async () => {
      const locks = freshStore().locks;
      let release!: () => void;
      const held = locks.run('ticket:PS-1001', () => new Promise<void>((resolve) => (release = resolve)));
      await sleep(50); // the holder has the key
      expect(await locks.tryRun('ticket:PS-1001', async () => 'ran')).toEqual({ ran: false });
      expect(await locks.tryRun('ticket:PS-1002', async () => 'ran')).toEqual({ ran: true, value: 'ran' });
      release();
      await held;
      expect(await locks.tryRun('ticket:PS-1001', async () => 'ran')).toEqual({ ran: true, value: 'ran' });
    });
  });
}
