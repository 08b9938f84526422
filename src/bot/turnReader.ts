/**
 * Reads what the bot needs from a Teams activity: who (tenant + AAD object
 * id), where (1:1 or not), which language hints, and any card data. The
 * text is folded to half width here, once, for every consumer.
 */
import type { Activity } from 'botbuilder';
import { foldWidth } from '../nlu/textNormalizer.js';

export interface TurnFacts {
  readonly tenantId?: string;
  readonly aadObjectId?: string;
  readonly fromId: string;
  readonly conversationId: string;
  readonly personalChat: boolean;
  readonly locale?: string;
  readonly text: string;
  readonly value?: Readonly<Record<string, unknown>>;
}

function stringAt(source: unknown, ...path: string[]): string | undefined {
  let node: unknown = source;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' && node !== '' ? node : undefined;
}

export function readTurn(activity: Activity): TurnFacts {
  const conversationType = activity.conversation?.conversationType;
  const value = activity.value;
  return {
    tenantId: stringAt(activity.channelData, 'tenant', 'id') ?? activity.conversation?.tenantId,
    aadObjectId: activity.from?.aadObjectId,
    fromId: activity.from?.id ?? '',
    conversationId: activity.conversation?.id ?? '',
    // Teams marks 1:1 chats "personal"; a conversation that does not say so is not treated as one (IDs stay masked).
    personalChat: conversationType === 'personal',
    locale: activity.locale ?? stringAt(activity.entities?.find((e) => e.type === 'clientInfo'), 'locale'),
    text: foldWidth(activity.text ?? '').trim(),
    value: typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined,
  };
}
