/**
 * Shared results are frozen through and through, and a snapshot saved every
 * turn copies only what the turn added.
 */
import { deepFreeze, frozenCopy } from '../src/deepFreeze.js';

it('freezes a value and everything it holds', () => {
  const value = deepFreeze({ intent: 'x', entities: { idLikeTokens: ['a'] } });
  expect(() => value.entities.idLikeTokens.push('b')).toThrow(TypeError);
  expect(Object.isFrozen(value.entities)).toBe(true);
});

it('copies what is not frozen and shares what is, so the last snapshot is reused', () => {
  const earlier = frozenCopy({ transcript: [{ from: 'user', text: 'hello' }], lastIntent: 'greeting' });
  const turn = { ...earlier, transcript: [...earlier.transcript, { from: 'bot', text: 'Hi!' }], lastIntent: 'help' };
  const saved = frozenCopy(turn);
  expect(saved).toEqual({ transcript: [{ from: 'user', text: 'hello' }, { from: 'bot', text: 'Hi!' }], lastIntent: 'help' });
  expect(saved.transcript[0]).toBe(earlier.transcript[0]);
  expect(saved.transcript[1]).not.toBe(turn.transcript[1]);
  turn.transcript[1]!.text = 'changed afterwards';
  expect(saved.transcript[1]!.text).toBe('Hi!');
  expect(Object.isFrozen(saved) && Object.isFrozen(saved.transcript) && Object.isFrozen(saved.transcript[1])).toBe(true);
});

it('keeps a "__proto__" key as data', () => {
  const copy = frozenCopy(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>);
  expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
});
