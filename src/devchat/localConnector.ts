/**
 * A local stand-in for the Bot Connector REST API (the part of Teams a bot
 * calls to send, update and delete messages, start threads and read members).
 * Page activities carry this server's /devchat/connector/ as serviceUrl, so
 * every reply and proactive message lands here, is recorded in the chat log
 * and streamed to the page, just as Teams would show it.
 */
import type restify from 'restify';
import type { Repositories } from '../domain/repositories.js';
import { listDevPersonas, UNKNOWN_PERSONA, type DevPersona } from '../tab/devPersonas.js';
import type { DevChatLog } from './chatLog.js';

export const CONNECTOR_PATH = '/devchat/connector';
const CONVERSATIONS = `${CONNECTOR_PATH}/v3/conversations`;

type Body = Record<string, unknown>;

function bodyOf(req: restify.Request): Body {
  const body: unknown = req.body;
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Body) : {};
}

function param(req: restify.Request, name: string): string {
  const params = req.params as Record<string, string | undefined>;
  return params[name] ?? '';
}

/** What Teams answers for a member: its channel account with the AAD fields. */
function member(persona: DevPersona): Body {
  return {
    id: `29:${persona.aadObjectId}`,
    name: persona.name,
    aadObjectId: persona.aadObjectId,
    tenantId: persona.tenantId,
    userRole: 'user',
    userPrincipalName: `${persona.aadObjectId.replace(/^aad-/, '')}@${persona.tenantId}.example`,
  };
}

export function mountLocalConnector(server: restify.Server, log: DevChatLog, repos: Repositories): void {
  const store = (kind: 'activity' | 'update', req: restify.Request, activityId: string): Body => {
    const conversationId = param(req, 'conversationId');
    const activity: Body = { ...bodyOf(req), id: activityId, timestamp: new Date().toISOString() };
    log.record(activity.type === 'typing' ? 'typing' : kind, conversationId, activityId, activity);
    return { id: activityId };
  };

  server.post(`${CONVERSATIONS}/:conversationId/activities`, async (req: restify.Request, res: restify.Response) => {
    res.send(200, store('activity', req, log.nextActivityId()));
  });
  // Reply to an activity (Teams threads replies in channels; here it is a new message).
  server.post(`${CONVERSATIONS}/:conversationId/activities/:activityId`, async (req: restify.Request, res: restify.Response) => {
    res.send(200, store('activity', req, log.nextActivityId()));
  });
  server.put(`${CONVERSATIONS}/:conversationId/activities/:activityId`, async (req: restify.Request, res: restify.Response) => {
    res.send(200, store('update', req, param(req, 'activityId')));
  });
  server.del(`${CONVERSATIONS}/:conversationId/activities/:activityId`, async (req: restify.Request, res: restify.Response) => {
    log.record('delete', param(req, 'conversationId'), param(req, 'activityId'));
    res.send(200, {});
  });

  // Creating a conversation: in a channel this starts a new thread whose first message is `activity`.
  server.post(CONVERSATIONS, async (req: restify.Request, res: restify.Response) => {
    const body = bodyOf(req);
    const channelData = (body.channelData ?? {}) as { channel?: { id?: string } };
    const members = Array.isArray(body.members) ? (body.members as Array<{ id?: string }>) : [];
    const base = channelData.channel?.id ?? `a:devchat-created-${members[0]?.id ?? 'conversation'}`;
    const activityId = log.nextActivityId();
    const activity = typeof body.activity === 'object' && body.activity !== null ? (body.activity as Body) : undefined;
    if (activity) log.record('activity', base, activityId, { ...activity, id: activityId, timestamp: new Date().toISOString() });
    const id = channelData.channel?.id ? `${base};messageid=${activityId}` : base;
    res.send(201, { id, activityId, serviceUrl: '' });
  });

  const roster = async (): Promise<DevPersona[]> => [...(await listDevPersonas(repos)), UNKNOWN_PERSONA];
  server.get(`${CONVERSATIONS}/:conversationId/members/:memberId`, async (req: restify.Request, res: restify.Response) => {
    const id = param(req, 'memberId');
    const found = (await roster()).find((p) => `29:${p.aadObjectId}` === id || p.aadObjectId === id);
    if (found) res.send(200, member(found));
    else res.send(404, { error: { code: 'MemberNotFoundInConversation', message: 'The member is not in this conversation.' } });
  });
  server.get(`${CONVERSATIONS}/:conversationId/members`, async (_req: restify.Request, res: restify.Response) => {
    res.send(200, (await roster()).map(member));
  });
  server.get(`${CONVERSATIONS}/:conversationId/pagedmembers`, async (_req: restify.Request, res: restify.Response) => {
    res.send(200, { members: (await roster()).map(member) });
  });
}
