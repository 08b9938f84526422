/**
 * How a reply to a set question is judged: the facts make it right only when
 * it is not the answer to another question that happens to carry them too.
 */
import { judgeReply } from '../../../src/bot/evaluation/replyVerdict.js';
import { loadIndependentSet } from '../../../src/bot/evaluation/independentSet.js';
import { errorMessages } from '../../../src/bot/features/knowledge/messages/errorMessages.js';
import { program } from '../../helpers/program.js';
import { everyOffer } from '../../../src/bot/presentation/index.js';

describe.each(['en', 'ja'] as const)('the "where is the benefits page" question (%s)', (language) => {
  const question = loadIndependentSet(language).find((q) => q.id === `${language}-p02`)!;
  const m = errorMessages.for(language);

  it('counts the "no benefits yet" error answer as wrong, though it names the page', () => {
    // The error answer tells the user to open the page again, after signing in with another account.
    const errorAnswer = [m('noBenGeneral', { offers: everyOffer(program, language) }), m('noBenTitle'), m('fix1'), m('fix2'), m('fix3')].join('\n');
    expect(judgeReply(question, errorAnswer, language)).toBe('wrong');
  });

  it('counts a reply saying where the page is in Partner Center as right', () => {
    const where = language === 'en' ? 'In Partner Center, open Benefits → Technical benefits.' : 'パートナー センターの [特典] → [技術関連の特典] を開きます。';
    expect(judgeReply(question, where, language)).toBe('right');
  });
});
