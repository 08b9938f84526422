/**
 * The helpdesk's view of its work, end to end on the real server with real
 * lowdb files and a fake clock: an unclaimed ticket is raised once (not again
 * after a restart), the requester rates the resolved ticket, questions the
 * bot could not answer are kept masked, and "helpdesk report" and the weekly
 * digest show figures matching the tickets made here.
 */
import { TicketEscalator, postWeeklyDigestIfDue } from '../../../src/bot/features/helpdeskInsights/index.js';
import { fakeClock } from '../../helpers/fakeClock.js';
import { executeFrom, messageFrom, personas, type Persona } from '../../helpers/personas.js';
import { visibleText } from '../../helpers/visibleText.js';
import { cardsIn, restartableBot, type RestartableBot } from '../reminders/reminderHarness.js';

const { dave, erin, ivan } = personas;
const CHANNEL = '19:helpdesk-insights@thread.tacv2';
const clock = fakeClock('2026-11-24T09:00:00.000Z'); // a Tuesday
let bot: RestartableBot;

const inChannel = (persona: Persona, text: string, conversationId = `${CHANNEL};messageid=root`) =>
  bot.post(messageFrom(persona, text, { serviceUrl: bot.connector.url, conversationType: 'channel', conversationId }));
const cardFor = (ticketId: string) => bot.connector.inConversation(CHANNEL).find((r) => JSON.stringify(r.activity).includes(`Ticket ${ticketId}`));
const escalations = () => cardsIn(bot.connector, CHANNEL).filter((c) => JSON.stringify(c).includes('Still unclaimed'));
const escalate = () => new TicketEscalator(bot.app().services).runOnce();

async function clickInThread(persona: Persona, verb: string, data: Record<string, unknown>, cardActivityId: string): Promise<void> {
  await bot.post(executeFrom(persona, verb, data, { serviceUrl: bot.connector.url, conversationType: 'channel', conversationId: `${CHANNEL};messageid=${cardActivityId}`, expectReplies: false }));
}

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 250 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!check()) throw new Error('condition not met');
}

beforeAll(async () => {
  bot = await restartableBot(clock, { TICKET_ESCALATE_MINUTES: '30' });
  await bot.start();
  await inChannel(ivan, 'use this channel for tickets');
}, 60_000);
afterAll(() => bot.dispose());

describe('helpdesk insights', () => {
  it('opens two tickets, and raises the one nobody claims once, after 30 minutes', async () => {
    await bot.say(dave, 'I want to talk to a person');
    await bot.say(erin, 'I want to talk to a person');
    await waitFor(() => cardFor('PS-1001') !== undefined && cardFor('PS-1002') !== undefined);
    clock.advanceMinutes(10);
    const daveCard = cardFor('PS-1001')!;
    await clickInThread(ivan, 'ticketAssign', { ticketId: 'PS-1001', rev: 1 }, daveCard.activityId);
    clock.advanceMinutes(19);
    expect(await escalate()).toEqual([]);
    clock.advanceMinutes(2);
    expect(await escalate()).toEqual(['PS-1002']);
    expect(await escalate()).toEqual([]);
    expect(escalations()).toHaveLength(1);
    expect(JSON.stringify(escalations()[0])).toContain('Ticket PS-1002 from Erin Sato (Fabrikam Inc) has waited 31 min without anyone claiming it');
    expect(JSON.stringify(escalations()[0])).toContain('"verb":"ticketAssign"');
  });

  it('does not raise it again after a restart', async () => {
    await bot.stop();
    await bot.start();
    clock.advanceMinutes(60);
    expect(await escalate()).toEqual([]);
    expect(escalations()).toHaveLength(1);
  });

  it('asks Dave to rate his resolved ticket and stores the rating with it', async () => {
    clock.set('2026-11-24T09:40:00.000Z');
    await clickInThread(ivan, 'ticketResolve', { ticketId: 'PS-1001', rev: 2 }, cardFor('PS-1001')!.activityId);
    const daveChat = `a:personal-${dave.aadObjectId}`;
    await waitFor(() => cardsIn(bot.connector, daveChat).some((c) => JSON.stringify(c).includes('How did we do?')));
    const ratingCard = JSON.stringify(cardsIn(bot.connector, daveChat).find((c) => JSON.stringify(c).includes('How did we do?')));
    expect(ratingCard).toContain('"verb":"ticketRate"');
    expect(ratingCard).toContain('"verb":"ticketRequesterReopen"');
    const bad = await bot.submit(dave, { verb: 'ticketRate', ticketId: 'PS-1001', score: '9' });
    expect(String(bad[0]?.text)).toContain('from 1 to 5');
    const forged = await bot.submit(erin, { verb: 'ticketRate', ticketId: 'PS-1001', score: '1' });
    expect(String(forged[0]?.text)).toContain('can\'t find that ticket among yours');
    const replies = await bot.submit(dave, { verb: 'ticketRate', ticketId: 'PS-1001', score: '4', comment: 'Quick and clear' });
    expect(String(replies[0]?.text)).toContain('4/5 for ticket PS-1001');
    expect((await bot.app().store.tickets.find('PS-1001'))?.rating).toMatchObject({ score: 4, comment: 'Quick and clear' });
  });

  it('keeps questions the bot could not answer, masked', async () => {
    await bot.say(dave, 'can you book me a taxi');
    await bot.say(dave, 'Can you book me a taxi?!');
    await bot.say(erin, 'my coffee machine 1234567890 is broken');
    const kept = await bot.app().store.unansweredQuestions.listSince('2026-01-01T00:00:00.000Z');
    expect(kept.map((q) => q.text)).toEqual(['can you book me a taxi', 'Can you book me a taxi?!', 'my coffee machine ••••7890 is broken']);
  });

  it('shows an agent the week in "helpdesk report", and refuses others', async () => {
    clock.advanceMinutes(1);
    const refused = await bot.say(dave, 'helpdesk report');
    expect(visibleText(refused)).toContain('Only helpdesk agents');
    const report = visibleText(await bot.say(ivan, 'helpdesk report'));
    expect(report).toMatch(/Tickets opened\s+2/);
    expect(report).toMatch(/Tickets claimed\s+1/);
    expect(report).toMatch(/Tickets resolved\s+1/);
    expect(report).toMatch(/Escalated \(unclaimed too long\)\s+1/);
    expect(report).toMatch(/Median time to claim\s+10 min/);
    expect(report).toMatch(/Median time to resolve\s+40 min/);
    expect(report).toMatch(/Average rating\s+4\.0 \/ 5 \(1 ratings\)/);
    expect(report).toContain('2× Can you book me a taxi?!');
    expect(report).toContain('1× my coffee machine ••••7890 is broken');
    expect(report).not.toContain('1234567890');
    const japanese = visibleText(await bot.post(messageFrom(ivan, 'ヘルプデスクのレポート', { serviceUrl: bot.connector.url, locale: 'ja-JP' })).then((r) => (r.body.activities as Array<Record<string, unknown>>) ?? []));
    expect(japanese).toMatch(/作成されたチケット\s+2/);
  });

  it('lets Dave reopen instead of rating, which puts the ticket back in the queue', async () => {
    const replies = await bot.submit(dave, { verb: 'ticketRequesterReopen', ticketId: 'PS-1001' });
    expect(String(replies[0]?.text)).toContain('Ticket PS-1001 is open again');
    const ticket = await bot.app().store.tickets.find('PS-1001');
    expect(ticket?.status).toBe('open');
    expect(ticket?.assignee).toBeUndefined();
    const again = await bot.submit(dave, { verb: 'ticketRequesterReopen', ticketId: 'PS-1001' });
    expect(String(again[0]?.text)).toContain('can\'t be reopened');
  });

  it('posts the weekly digest to the channel once, the Monday after', async () => {
    clock.set('2026-11-30T00:05:00.000Z');
    expect(await postWeeklyDigestIfDue(bot.app().services)).toBe(true);
    expect(await postWeeklyDigestIfDue(bot.app().services)).toBe(false);
    // The restart above, in the week of 2026-11-23, posted the week before (nothing happened then).
    const digests = cardsIn(bot.connector, CHANNEL)
      .map((c) => JSON.stringify(c))
      .filter((c) => c.includes('Weekly helpdesk digest'));
    expect(digests.filter((c) => c.includes('16 Nov 2026, 00:00 UTC to 23 Nov 2026, 00:00 UTC'))).toHaveLength(1);
    const lastWeek = digests.filter((c) => c.includes('23 Nov 2026, 00:00 UTC to 30 Nov 2026, 00:00 UTC'));
    expect(lastWeek).toHaveLength(1);
    expect(lastWeek[0]).toContain('{"title":"Tickets opened","value":"2"}');
    expect(lastWeek[0]).toContain('{"title":"Tickets resolved","value":"1"}');
  });

  it('keeps an escalation marker while its ticket waits unclaimed, and lets it go once the ticket is claimed and the retention is over', async () => {
    const markerOf = async (ticketId: string) => (await bot.app().store.markers.listSince('escalation', '2000-01-01T00:00:00.000Z')).find((m) => m.topic === ticketId);
    const fullScan = () => bot.app().features.reminders.scanner.scanAll();
    expect((await markerOf('PS-1002'))?.keepUntil).toBe('2026-11-24');
    clock.set('2027-03-10T09:00:00.000Z'); // past the 90-day retention, PS-1002 still unclaimed
    expect(await escalate()).toEqual(['PS-1001']); // Dave's reopened ticket waits anew; Erin's is not raised twice
    await fullScan();
    expect((await markerOf('PS-1002'))?.keepUntil).toBe('2027-03-10');
    expect(await escalate()).toEqual([]);
    const erinsTicket = (await bot.app().store.tickets.find('PS-1002'))!;
    await clickInThread(ivan, 'ticketAssign', { ticketId: 'PS-1002', rev: erinsTicket.revision }, cardFor('PS-1002')!.activityId);
    expect((await bot.app().store.tickets.find('PS-1002'))?.status).toBe('assigned');
    clock.set('2027-06-20T09:00:00.000Z');
    expect(await escalate()).toEqual([]);
    await fullScan();
    expect(await markerOf('PS-1002')).toBeUndefined();
    expect((await markerOf('PS-1001'))?.keepUntil).toBe('2027-06-20'); // Dave's still waits: its marker stays
  });
});
