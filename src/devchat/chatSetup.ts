/**
 * What the local chat page needs to speak like Teams: who can chat (the demo
 * personas and an unknown user), the bot's account, the helpdesk channel, and
 * where the local connector lives (the serviceUrl the page puts on activities).
 */
import type { Repositories } from '../domain/repositories.js';
import { demoTenants } from '../storage/index.js';
import { listDevPersonas, UNKNOWN_PERSONA, type DevPersona } from '../tab/devPersonas.js';
import { CONNECTOR_PATH } from './localConnector.js';

export interface ChatSetup {
  readonly personas: readonly DevPersona[];
  readonly unknown: DevPersona;
  readonly bot: { readonly id: string; readonly name: string };
  readonly connectorPath: string;
  readonly helpdesk: {
    readonly agentId: string;
    readonly conversation: { readonly id: string; readonly conversationType: 'channel'; readonly tenantId: string; readonly isGroup: true };
    readonly channel: { readonly id: string; readonly name: string };
    readonly team: { readonly id: string; readonly name: string };
  };
}

export const DEV_BOT = { id: '28:devchat-partner-support-bot', name: 'Partner Support Bot' } as const;
const HELPDESK_CHANNEL_ID = '19:devchat-helpdesk@thread.tacv2';

/** The page's helpdesk pane: a channel of the helpdesk team, where Ivan works. */
export const DEV_HELPDESK: ChatSetup['helpdesk'] = {
  agentId: 'aad-ivan',
  conversation: { id: HELPDESK_CHANNEL_ID, conversationType: 'channel', tenantId: demoTenants.helpdesk, isGroup: true },
  channel: { id: HELPDESK_CHANNEL_ID, name: 'Helpdesk' },
  team: { id: '19:devchat-helpdesk-team@thread.tacv2', name: 'Partner Support Helpdesk' },
};

/** A personal (1:1) conversation per persona, stable across reloads and restarts. */
export function personalConversationId(aadObjectId: string): string {
  return `a:devchat-personal-${aadObjectId}`;
}

export async function buildChatSetup(repos: Repositories): Promise<ChatSetup> {
  return {
    personas: await listDevPersonas(repos),
    unknown: UNKNOWN_PERSONA,
    bot: DEV_BOT,
    connectorPath: `${CONNECTOR_PATH}/`,
    helpdesk: DEV_HELPDESK,
  };
}
