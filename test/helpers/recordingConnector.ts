/**
 * A stand-in for the Bot Connector service on loopback: it records every
 * activity the bot sends or updates (replies, proactive messages, channel
 * cards) and can be told to fail the next requests (429 with Retry-After,
 * 502…) to exercise the bot's retries. Like Microsoft 365 Agents Playground
 * (and sometimes Teams), it can also accept posts with 202 and no activity id.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedActivity {
  readonly method: 'POST' | 'PUT';
  readonly conversationId: string;
  readonly activityId: string;
  readonly activity: Record<string, unknown>;
}

export interface PlannedFailure {
  readonly status: number;
  readonly retryAfterSeconds?: number;
}

export class RecordingConnector {
  readonly received: RecordedActivity[] = [];
  private readonly failures: PlannedFailure[] = [];
  private outage: PlannedFailure | undefined;
  private server?: Server;
  private counter = 0;
  url = '';
  /** Answer new posts with 202 and an empty body instead of 200 { id }. */
  acceptWithoutId = false;

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next requests fail with these statuses, in order. */
  failNext(...failures: PlannedFailure[]): void {
    this.failures.push(...failures);
  }

  /** Planned failures not yet used. */
  get failuresLeft(): number {
    return this.failures.length;
  }

  /** Drops the planned failures and ends any outage: the connector works again. */
  recover(): void {
    this.failures.length = 0;
    this.outage = undefined;
  }

  /** Every request fails with `failure` until `endOutage()`. */
  startOutage(failure: PlannedFailure): void {
    this.outage = failure;
  }

  endOutage(): void {
    this.outage = undefined;
  }

  /** Messages sent to one conversation (new ones and updates), oldest first. */
  inConversation(conversationId: string): RecordedActivity[] {
    return this.received.filter((r) => r.conversationId === conversationId);
  }

  /** Waits until `predicate` holds for what was received, or fails after `timeoutMs`. */
  // A ceiling for "never arrives", not a speed check: two jest workers on a loaded
  // 2-core machine have taken more than 5 s to deliver a proactive message.
  async waitFor(predicate: (received: RecordedActivity[]) => boolean, timeoutMs = 20_000): Promise<void> {
    const started = Date.now();
    while (!predicate(this.received)) {
      if (Date.now() - started > timeoutMs) throw new Error(`connector: condition not met within ${timeoutMs} ms (${this.received.length} received)`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const failure = this.outage ?? this.failures.shift();
    if (failure) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (failure.retryAfterSeconds !== undefined) headers['retry-after'] = String(failure.retryAfterSeconds);
      // Two statements: restify (loaded in the same process) patches writeHead to return nothing.
      res.writeHead(failure.status, headers);
      res.end(JSON.stringify({ error: { code: 'Planned', message: 'planned failure' } }));
      return;
    }
    const match = /\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?/.exec(req.url ?? '');
    if (!match || (req.method !== 'POST' && req.method !== 'PUT')) {
      res.writeHead(404);
      res.end();
      return;
    }
    const conversationId = decodeURIComponent(match[1]!);
    const activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    const activityId = req.method === 'PUT' ? decodeURIComponent(match[2]!) : `activity-${++this.counter}`;
    this.received.push({ method: req.method, conversationId, activityId, activity });
    if (this.acceptWithoutId && req.method === 'POST') {
      res.writeHead(202);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: activityId }));
  }
}
