/**
 * Checks an incoming activity's shape before the adapter sees it, so that a
 * malformed request gets a 400 with a reason instead of a 500 from deep inside
 * the SDK, and (in developer mode) that replies can only go to this machine.
 */
export type GuardResult = { ok: true } | { ok: false; status: number; message: string };

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isLoopbackUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && LOOPBACK.test(parsed.hostname);
  } catch {
    return false;
  }
}

/** Deeper than any real activity; deep enough structures crash serialisers (stack overflow). */
const MAX_DEPTH = 64;

/** Depth of a parsed JSON value, measured without recursion (so it cannot overflow itself). */
function depthExceeds(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

export interface GuardOptions {
  readonly developerMode: boolean;
  /** Production only: the channels (activity.channelId) the bot serves. */
  readonly allowedChannelIds: readonly string[];
}

export function checkActivity(body: unknown, options: GuardOptions): GuardResult {
  const { developerMode } = options;
  if (!isObject(body)) return { ok: false, status: 400, message: 'The request body must be a JSON activity object.' };
  if (depthExceeds(body, MAX_DEPTH)) return { ok: false, status: 400, message: `The activity is nested deeper than ${MAX_DEPTH} levels.` };
  if (typeof body.type !== 'string' || body.type === '') return { ok: false, status: 400, message: 'The activity has no type.' };
  if (!isObject(body.conversation) || typeof body.conversation.id !== 'string' || body.conversation.id === '') {
    return { ok: false, status: 400, message: 'The activity has no conversation id.' };
  }
  if (!isObject(body.from) || typeof body.from.id !== 'string' || body.from.id === '') {
    return { ok: false, status: 400, message: 'The activity has no sender (from.id).' };
  }
  if (!isObject(body.recipient) || typeof body.recipient.id !== 'string' || body.recipient.id === '') {
    return { ok: false, status: 400, message: 'The activity has no recipient (recipient.id).' };
  }
  if (typeof body.serviceUrl !== 'string' || body.serviceUrl === '') {
    return { ok: false, status: 400, message: 'The activity has no serviceUrl.' };
  }
  if (body.text !== undefined && typeof body.text !== 'string') {
    return { ok: false, status: 400, message: 'The activity text must be a string.' };
  }
  if (!developerMode && (typeof body.channelId !== 'string' || !options.allowedChannelIds.includes(body.channelId))) {
    return { ok: false, status: 403, message: 'This bot does not serve that channel.' };
  }
  if (developerMode && !isLoopbackUrl(body.serviceUrl)) {
    return { ok: false, status: 403, message: 'Developer mode only replies to loopback service URLs.' };
  }
  return { ok: true };
}

/** The SDK expects Date objects where the wire has ISO strings; it keeps the raw text too. */
export function withParsedTimestamps<T extends { timestamp?: unknown; localTimestamp?: unknown; expiration?: unknown }>(activity: T): T {
  const fixed: Record<string, unknown> = { ...activity };
  for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const value = fixed[field];
    if (typeof value !== 'string') continue;
    const raw = `raw${field[0]!.toUpperCase()}${field.slice(1)}`;
    fixed[raw] = value;
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) delete fixed[field];
    else fixed[field] = date;
  }
  return fixed as T;
}
