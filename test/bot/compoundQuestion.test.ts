/** Splitting a message into its questions; a statement is context for the question after it. */
import { questionParts } from '../../src/bot/compoundQuestion.js';

describe('questionParts', () => {
  it.each([
    ['How many incidents does Gold get?', 'en', ['How many incidents does Gold get?']],
    ['My account is only associated with CSP. Can I see the benefits, and how do I open a request for a customer?', 'en', ['My account is only associated with CSP. Can I see the benefits', 'how do I open a request for a customer?']],
    ['It says no benefits yet. What now?', 'en', ['It says no benefits yet. What now?']],
    ['特典は見られますか？顧客の要求はどう出しますか？', 'ja', ['特典は見られますか？', '顧客の要求はどう出しますか？']],
  ] as const)('%s', (text, language, parts) => {
    expect(questionParts(text, language)).toEqual(parts);
  });
});
