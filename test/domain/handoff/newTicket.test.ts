import { severityOf, TRANSCRIPT_TURNS } from '../../../src/domain/handoff/newTicket.js';
import { isTicketId, parseTicketId, ticketIdOf } from '../../../src/domain/handoff/ticketId.js';
import { aNewTicket } from './sampleTickets.js';

describe('a new ticket', () => {
  it('masks contract IDs in the snapshot and ID-like text in the question and transcript', () => {
    const ticket = aNewTicket();
    const json = JSON.stringify(ticket);
    expect(json).not.toContain('1234567890');
    expect(json).not.toContain('6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f');
    expect(ticket.snapshot?.contracts[0]).toMatchObject({ contractId: '••••7890', accessId: '••••4e5f', incidentsRemaining: 12 });
    expect(ticket.snapshot).toMatchObject({ roles: [], offers: [{ level: 'gold', competency: 'cloudPlatform' }] });
    expect(ticket).toMatchObject({ status: 'open', revision: 1, card: { shownRevision: 0 }, relayActive: true });
  });

  it('keeps only the last ten turns', () => {
    expect(TRANSCRIPT_TURNS).toBe(10);
  });

  it.each([
    ['Production is down, urgent!', 'urgent'],
    ['本番環境が停止しています。至急お願いします', 'urgent'],
    ['How do I link a contract?', 'normal'],
  ])('rates "%s" as %s', (text, severity) => {
    expect(severityOf([text])).toBe(severity);
  });
});

describe('ticket ids', () => {
  it.each([['PS-1001', 1001], ['ps-1002', 1002], ['PS-999', undefined], ['PS-1001.json', undefined], ['../PS-1001', undefined], [1001, undefined]])('parses %p', (value, number) => {
    expect(parseTicketId(value)).toBe(number);
  });

  it('formats and recognises exact ids only', () => {
    expect(ticketIdOf(1042)).toBe('PS-1042');
    expect(isTicketId('PS-1042')).toBe(true);
    expect(isTicketId('ps-1042')).toBe(false);
  });
});
