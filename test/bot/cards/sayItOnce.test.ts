/** Teams shows a message's text and its card together: the answer's key fact appears once. */
import { answerReply } from '../../../src/bot/cards/answerCard.js';
import { CardRenderer } from '../../../src/bot/cards/cardRenderer.js';
import { toActivity } from '../../../src/bot/reply.js';

const cards = new CardRenderer();
const answer = { title: 'Support incidents per offer', summary: 'Gold competency includes 20 incidents.', facts: [{ label: 'Signature Cloud Support', value: 'unlimited' }] };

function occurrences(activity: unknown, text: string): number {
  return JSON.stringify(activity).split(text).length - 1;
}

describe('an answer sent as text and card', () => {
  it('states the summary in the message text only; the card keeps the details', () => {
    const activity = toActivity(answerReply(answer), cards);
    expect(activity.text).toBe(answer.summary);
    const card = JSON.stringify(activity.attachments?.[0]?.content);
    expect(card).not.toContain('"text":"Gold competency includes 20 incidents."');
    expect(card).toContain('unlimited');
  });

  it('keeps the summary in a card sent on its own (an updated card has no message text)', () => {
    const activity = toActivity({ text: '', card: answerReply(answer).card! }, cards);
    expect(occurrences(activity.attachments?.[0]?.content, '"text":"Gold competency includes 20 incidents."')).toBe(1);
  });
});
