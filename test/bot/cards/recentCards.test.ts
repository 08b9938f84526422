/**
 * The card renderer keeps recent cards: a card asked for again is the kept
 * one, the kept set stays within RECENT_CARDS however many different cards
 * are made (one per company's activation card), and a card that was let go is
 * made again the same.
 */
import { CardRenderer, RECENT_CARDS } from '../../../src/bot/cards/cardRenderer.js';
import type { CardDataByName } from '../../../src/bot/cards/cardTemplates.js';
import { sampleActivationCard } from './sampleActivationCard.js';

const activationCard = (company: number): CardDataByName['activationRequest'] =>
  sampleActivationCard(
    {
      title: 'Activate your support benefits',
      summary: `Company ${company} can activate the technical benefits of its partner program.`,
      refreshTitle: 'Refresh',
      fallbackText: `Company ${company} can activate.`,
    },
    String(company),
  );

it('serves a recent card again and lets the oldest go once more than RECENT_CARDS were made', () => {
  const renderer = new CardRenderer();
  const first = renderer.render('activationRequest', activationCard(0)).content;
  expect(renderer.render('activationRequest', activationCard(0)).content).toBe(first);
  for (let company = 1; company <= RECENT_CARDS; company += 1) renderer.render('activationRequest', activationCard(company));
  const recent = renderer.render('activationRequest', activationCard(RECENT_CARDS)).content;
  expect(renderer.render('activationRequest', activationCard(RECENT_CARDS)).content).toBe(recent);
  expect(renderer.render('activationRequest', activationCard(2)).content).toBe(renderer.render('activationRequest', activationCard(2)).content);
  const again = renderer.render('activationRequest', activationCard(0)).content;
  expect(again).not.toBe(first); // made afresh: it was the oldest of RECENT_CARDS + 1
  expect(again).toEqual(first);
  expect(JSON.stringify(again)).toContain('Company 0 can activate');
});
