/**
 * Arbitrary activities and card payloads, posted to the real server: never a
 * 5xx, the server keeps answering, and the store stays readable afterwards.
 */
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import fc from 'fast-check';
import { asLiteralText } from '../../src/bot/features/handoff/literalText.js';
import { ticketCardData } from '../../src/bot/features/handoff/ticketCard.js';
import { aTicket } from '../domain/handoff/sampleTickets.js';
import { CARD_VERBS } from '../../src/bot/cardVerbs.js';
import { openLowdbStore } from '../../src/storage/index.js';
import { executeFrom, messageFrom, personas, submitFrom } from '../helpers/personas.js';
import { startTestApp, type TestApp } from '../helpers/testApp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ ACTIVATION_PROCESSOR: 'helpdesk' });
});
afterAll(async () => {
  await t.close();
});

const someone = fc.constantFrom(...Object.values(personas));
const junk = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.object(), fc.array(fc.string(), { maxLength: 3 }));
const cardData = fc.dictionary(
  fc.constantFrom('verb', 'intent', 'tenantId', 'ticketId', 'requestId', 'customerId', 'accessId', 'contractId', 'support', 'product', 'reply', 'reason', 'aadObjectId'),
  fc.oneof(junk, fc.constantFrom(...CARD_VERBS), fc.constantFrom('tenant-contoso', 'tenant-northwind', 'PS-1001', '../../etc/passwd')),
);

describe('fuzzing the endpoint', () => {
  it('never answers 5xx to arbitrary messages, submits and invokes', async () => {
    const opts = () => ({ serviceUrl: t.connector.url });
    await fc.assert(
      fc.asyncProperty(someone, fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 120 })), cardData, fc.nat(3), async (persona, text, data, kind) => {
        const activity =
          kind === 0
            ? messageFrom(persona, text, opts())
            : kind === 1
              ? submitFrom(persona, data, opts())
              : kind === 2
                ? executeFrom(persona, typeof data.verb === 'string' ? data.verb : 'ask', data, { ...opts(), expectReplies: false })
                : { ...messageFrom(persona, text, opts()), value: text, attachments: data, entities: [data], channelData: data };
        const { status } = await t.post(activity);
        expect(status).toBeLessThan(500);
      }),
      { numRuns: 400 },
    );
    const health = await fetch(`${t.app.url}/healthz`);
    expect(health.status).toBe(200);
  }, 180_000);

  it('never answers 5xx to arbitrary JSON bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const response = await fetch(`${t.app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        await response.text();
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('refuses arbitrary multipart and form-encoded bodies with 415 and writes no upload to disk', async () => {
    const uploads = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('upload_'));
    const before = await uploads();
    const field = fc.stringMatching(/^[a-z[\]]{1,12}$/);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.dictionary(field, fc.string({ maxLength: 200 }), { minKeys: 1, maxKeys: 6 }), fc.uint8Array({ maxLength: 4096 }), async (multipart, fields, file) => {
        let body: FormData | URLSearchParams;
        if (multipart) {
          const form = new FormData();
          for (const [name, value] of Object.entries(fields)) form.append(name, value);
          form.append('file', new Blob([file]), 'upload.bin');
          body = form;
        } else {
          body = new URLSearchParams(fields);
        }
        const response = await fetch(`${t.app.url}/api/messages`, { method: 'POST', body });
        await response.text();
        expect(response.status).toBe(415);
      }),
      { numRuns: 60 },
    );
    expect((await uploads()).filter((name) => !before.includes(name))).toEqual([]);
    expect((await fetch(`${t.app.url}/healthz`)).status).toBe(200);
  }, 60_000);

  it('turns template syntax typed by anyone into a delivered ticket card showing it literally', async () => {
    const template = fc
      .tuple(fc.string({ maxLength: 20 }), fc.constantFrom('${', '${}', '${user.name}', '${$root}', '${if(true,1,2)}', '$${x}', '${json(x)}', '{{x}}', '${'.repeat(3)), fc.string({ maxLength: 20 }))
      .map(([before, syntax, after]) => `${before}${syntax}${after}`);
    await fc.assert(
      fc.asyncProperty(template, async (text) => {
        const { status } = await t.post(messageFrom(personas.dave, text, { serviceUrl: t.connector.url }));
        expect(status).toBeLessThan(500);
        const card = t.app.services.cards.render('ticket', ticketCardData(aTicket({ question: text, transcript: [{ from: 'user', text, at: '2026-11-24T09:00:00.000Z' }] }), 'en'));
        expect(JSON.stringify(card.content)).toContain(JSON.stringify(asLiteralText(text)).slice(1, -1));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('leaves every company file readable', async () => {
    await t.app.store.close();
    const reopened = await openLowdbStore(t.dataDir);
    try {
      for (const persona of Object.values(personas)) {
        await reopened.directory.findCompany(persona.tenantId);
        await reopened.contracts.listByTenant(persona.tenantId);
        await reopened.activationRequests.listByTenant(persona.tenantId);
      }
      expect(await reopened.contracts.listByTenant('tenant-contoso')).toHaveLength(2);
    } finally {
      await reopened.close();
    }
  });
});
