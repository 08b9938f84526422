/**
 * HANDOFF_MODE=event: the bot emits the Bot Framework handoff.initiate event
 * with the transcript into the requester's conversation for an engagement
 * hub, and posts nothing to a helpdesk channel.
 */
import { personas } from '../../helpers/personas.js';
import { startTestApp, visibleText, type TestApp } from '../../helpers/testApp.js';
import { personalChatOf, postedTicketCards, say } from './handoffHarness.js';

const { dave } = personas;
let test: TestApp;

beforeAll(async () => {
  test = await startTestApp({ HANDOFF_MODE: 'event' });
}, 60_000);
afterAll(() => test.close());

describe('hand-off as a Bot Framework event', () => {
  it('sends handoff.initiate with a masked transcript and the ticket context', async () => {
    await say(test, dave, 'My contract 1234567890 will not link');
    expect(visibleText(await say(test, dave, 'I want to talk to a person'))).toContain('handed this conversation to the support team as ticket PS-1001');
    const events = test.connector.inConversation(personalChatOf(dave)).filter((r) => r.activity.type === 'event');
    expect(events).toHaveLength(1);
    const event = events[0]!.activity as { name?: string; value?: Record<string, unknown>; attachments?: Array<{ content: { activities: Array<{ text: string }> } }> };
    expect(event.name).toBe('handoff.initiate');
    expect(event.value).toMatchObject({ ticketId: 'PS-1001', requester: { name: 'Dave Ito', company: 'Contoso Ltd' } });
    const transcript = event.attachments?.[0]?.content.activities.map((a) => a.text) ?? [];
    expect(transcript).toContain('My contract ••••7890 will not link');
    expect(JSON.stringify(event)).not.toContain('1234567890');
    expect(postedTicketCards(test)).toHaveLength(0);
    expect(visibleText(await say(test, dave, 'status of my ticket'))).toContain('PS-1001: open');
  });
});
