/**
 * The demo personas as Teams would identify them,
 * and builders for the activities Teams sends (messages, Action.Submit,
 * Action.Execute invokes).
 */
import { randomUUID } from 'node:crypto';

export interface Persona {
  readonly aadObjectId: string;
  readonly tenantId: string;
  readonly name: string;
}

export const personas = {
  alice: { aadObjectId: 'aad-alice', tenantId: 'tenant-contoso', name: 'Alice Chen' },
  bob: { aadObjectId: 'aad-bob', tenantId: 'tenant-contoso', name: 'Bob Kato' },
  carol: { aadObjectId: 'aad-carol', tenantId: 'tenant-contoso', name: 'Carol Díaz' },
  dave: { aadObjectId: 'aad-dave', tenantId: 'tenant-contoso', name: 'Dave Ito' },
  erin: { aadObjectId: 'aad-erin', tenantId: 'tenant-fabrikam', name: 'Erin Sato' },
  frank: { aadObjectId: 'aad-frank', tenantId: 'tenant-northwind', name: 'Frank Müller' },
  grace: { aadObjectId: 'aad-grace', tenantId: 'tenant-tailspin', name: 'Grace Park' },
  heidi: { aadObjectId: 'aad-heidi', tenantId: 'tenant-wingtip', name: 'Heidi Nakamura' },
  ivan: { aadObjectId: 'aad-ivan', tenantId: 'tenant-helpdesk', name: 'Ivan Petrov' },
  stranger: { aadObjectId: 'aad-stranger', tenantId: 'tenant-unknown', name: 'Sam Stranger' },
} as const satisfies Record<string, Persona>;

export interface ActivityOptions {
  readonly serviceUrl: string;
  readonly locale?: string;
  /** 'personal' (default), 'groupChat' or 'channel'. */
  readonly conversationType?: 'personal' | 'groupChat' | 'channel';
  readonly conversationId?: string;
  readonly expectReplies?: boolean;
  readonly id?: string;
}

function base(persona: Persona, options: ActivityOptions): Record<string, unknown> {
  const conversationType = options.conversationType ?? 'personal';
  return {
    id: options.id ?? randomUUID(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: options.locale ?? 'en-US',
    from: { id: `29:${persona.aadObjectId}`, name: persona.name, aadObjectId: persona.aadObjectId },
    recipient: { id: '28:partner-support-bot', name: 'Partner Support Bot' },
    conversation: {
      id: options.conversationId ?? `a:${conversationType}-${persona.aadObjectId}`,
      conversationType,
      tenantId: persona.tenantId,
      isGroup: conversationType !== 'personal',
    },
    channelData: { tenant: { id: persona.tenantId } },
    ...(options.expectReplies === false ? {} : { deliveryMode: 'expectReplies' }),
  };
}

export function messageFrom(persona: Persona, text: string, options: ActivityOptions): Record<string, unknown> {
  return { ...base(persona, options), type: 'message', text };
}

/** Action.Submit: Teams sends a message whose value is the action's data. */
export function submitFrom(persona: Persona, value: Record<string, unknown>, options: ActivityOptions): Record<string, unknown> {
  return { ...base(persona, options), type: 'message', text: '', value };
}

/** Action.Execute: Teams sends an adaptiveCard/action invoke. */
export function executeFrom(persona: Persona, verb: string, data: Record<string, unknown>, options: ActivityOptions): Record<string, unknown> {
  return {
    ...base(persona, options),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', id: randomUUID(), verb, data }, trigger: 'manual' },
  };
}
