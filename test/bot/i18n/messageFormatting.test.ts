/**
 * How a catalogue fills a sentence: every "{name}" from its parameters, the
 * same name twice, a missing parameter left visible (a bug shows, nothing is
 * silently dropped), and Japanese without a space between a filled-in name
 * and its particle — the same on the first call and on every later one.
 */
import { defineMessages } from '../../../src/bot/i18n/messages.js';

const messages = defineMessages(
  {
    fixed: 'Ask the helpdesk.',
    filled: '{company} has {count} incidents left; {company} renews in {month}.',
    edge: '{first}{second}',
  },
  {
    fixed: 'ヘルプデスク にお問い合わせください。',
    filled: '{company} は残り {count} 件です。{company} の更新は {month} です。',
    edge: '{first}{second}',
  },
);

it('fills every placeholder, repeated ones too, and leaves a missing one as written', () => {
  const en = messages.for('en');
  expect(en('filled', { company: 'Contoso', count: 3, month: 'May' })).toBe('Contoso has 3 incidents left; Contoso renews in May.');
  expect(en('filled', { company: 'Contoso', count: 0 })).toBe('Contoso has 0 incidents left; Contoso renews in {month}.');
  expect(en('edge', { first: 'a', second: 'b' })).toBe('ab');
  expect(en('fixed')).toBe('Ask the helpdesk.');
});

it('a parameter holding "{name}" is not filled again', () => {
  expect(messages.for('en')('edge', { first: '{second}', second: 'x' })).toBe('{second}x');
});

it('Japanese drops the space between a name and its particle, every time it is asked', () => {
  const ja = messages.for('ja');
  for (let i = 0; i < 3; i += 1) {
    expect(ja('fixed')).toBe('ヘルプデスクにお問い合わせください。');
    expect(ja('filled', { company: 'コントソ', count: 2, month: '5 月' })).toBe('コントソは残り 2 件です。コントソの更新は 5 月です。');
  }
});
