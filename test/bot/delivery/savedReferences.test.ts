/** The remembered conversation references stay bounded and forget the least recently seen user first. */
import { SavedReferences } from '../../../src/bot/delivery/savedReferences.js';

describe('SavedReferences', () => {
  it('knows what was saved for a user, and a changed conversation is not saved yet', () => {
    const saved = new SavedReferences(3);
    saved.saved('t|alice', 'url|conv-1');
    expect(saved.isSaved('t|alice', 'url|conv-1')).toBe(true);
    expect(saved.isSaved('t|alice', 'url|conv-2')).toBe(false);
    expect(saved.isSaved('t|bob', 'url|conv-1')).toBe(false);
  });

  it('holds at most its capacity and drops the user seen least recently', () => {
    const saved = new SavedReferences(3);
    for (const user of ['a', 'b', 'c']) saved.saved(`t|${user}`, 'f');
    expect(saved.isSaved('t|a', 'f')).toBe(true); // a is now the most recent
    saved.saved('t|d', 'f');
    expect(saved.size).toBe(3);
    expect(saved.isSaved('t|b', 'f')).toBe(false);
    for (const user of ['a', 'c', 'd']) expect(saved.isSaved(`t|${user}`, 'f')).toBe(true);
  });
});

describe('SavedReferences with many users', () => {
  it('tells thousands of users and their conversations apart', () => {
    const users = 5_000;
    const saved = new SavedReferences();
    const conversation = (user: number, n: number): string => `https://smba.trafficmanager.net/emea/|a:1mQXk3v9ZbT0c-${user}-${n}@thread.tacv2`;
    for (let user = 0; user < users; user += 1) saved.saved(`tenant-${user % 7}|aad-${user}`, conversation(user, 1));
    for (let user = 0; user < users; user += 1) {
      expect(saved.isSaved(`tenant-${user % 7}|aad-${user}`, conversation(user, 1))).toBe(true);
      expect(saved.isSaved(`tenant-${user % 7}|aad-${user}`, conversation(user, 2))).toBe(false); // moved to another chat: save again
      expect(saved.isSaved(`tenant-${(user + 1) % 7}|aad-${user}`, conversation(user, 1))).toBe(false); // same id in another tenant
    }
    expect(saved.size).toBe(users);
  });
});
