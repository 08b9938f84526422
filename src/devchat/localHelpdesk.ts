/**
 * In developer mode the local chat page's helpdesk pane is the helpdesk
 * channel from the start, so a hand-off on a fresh store reaches someone at
 * once. A channel registered by an agent elsewhere (the Agents Playground,
 * say) is kept; the pane's own registration follows the current port.
 */
import type { Logger } from '../logger.js';
import type { Repositories } from '../domain/repositories.js';
import { DEV_BOT, DEV_HELPDESK } from './chatSetup.js';
import { CONNECTOR_PATH } from './localConnector.js';

/** Registers the pane; returns false when another channel is already registered. */
export async function registerLocalHelpdesk(repos: Repositories, baseUrl: string): Promise<boolean> {
  const current = await repos.conversationReferences.findHelpdeskChannel();
  const conversation = current?.conversation as { id?: unknown } | undefined;
  if (current && conversation?.id !== DEV_HELPDESK.conversation.id) return false;
  await repos.conversationReferences.saveHelpdeskChannel({
    channelId: 'msteams',
    serviceUrl: `${baseUrl}${CONNECTOR_PATH}/`,
    bot: DEV_BOT,
    conversation: DEV_HELPDESK.conversation,
    locale: 'en-US',
  });
  return true;
}

/** Registers once the server listens (its port is known only then). */
export function registerWhenListening(server: { once(event: 'listening', listener: () => void): unknown; address(): unknown }, repos: Repositories, logger: Logger): void {
  server.once('listening', () => {
    const address = server.address() as { address: string; port: number } | null;
    if (!address) return;
    const host = address.address.includes(':') ? `[${address.address}]` : address.address;
    registerLocalHelpdesk(repos, `http://${host}:${address.port}`)
      .then((registered) => registered && logger.info('developer mode: the local chat page\'s helpdesk pane is the helpdesk channel'))
      .catch((error: unknown) => logger.warn({ err: error }, 'developer mode: could not register the local helpdesk pane'));
  });
}
