/**
 * Developer mode registers the local chat page's helpdesk pane as the
 * helpdesk channel on a fresh store, follows the port it runs on, and never
 * replaces a channel an agent registered elsewhere.
 */
import { registerLocalHelpdesk } from '../../src/devchat/localHelpdesk.js';
import { createMemoryStore } from '../../src/storage/index.js';

const PANE = '19:devchat-helpdesk@thread.tacv2';

it('registers the pane on a fresh store and updates its address when the port changes', async () => {
  const store = createMemoryStore();
  expect(await registerLocalHelpdesk(store, 'http://127.0.0.1:4001')).toBe(true);
  expect(await store.conversationReferences.findHelpdeskChannel()).toMatchObject({
    serviceUrl: 'http://127.0.0.1:4001/devchat/connector/',
    conversation: { id: PANE, conversationType: 'channel' },
  });
  expect(await registerLocalHelpdesk(store, 'http://127.0.0.1:4002')).toBe(true);
  expect(await store.conversationReferences.findHelpdeskChannel()).toMatchObject({ serviceUrl: 'http://127.0.0.1:4002/devchat/connector/' });
});

it('keeps a channel an agent registered elsewhere', async () => {
  const store = createMemoryStore();
  const elsewhere = { serviceUrl: 'http://127.0.0.1:56151/_connector', conversation: { id: '19:helpdesk-tickets', conversationType: 'channel' } };
  await store.conversationReferences.saveHelpdeskChannel(elsewhere);
  expect(await registerLocalHelpdesk(store, 'http://127.0.0.1:4001')).toBe(false);
  expect(await store.conversationReferences.findHelpdeskChannel()).toEqual(elsewhere);
});
