/**
 * The real server on a lowdb data directory that outlives restarts, a local
 * connector that outlives them too (stored conversation references point at
 * it), and a fake clock the test moves.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import type { FakeClock } from '../../helpers/fakeClock.js';
import { messageFrom, submitFrom, type Persona } from '../../helpers/personas.js';
import { RecordingConnector } from '../../helpers/recordingConnector.js';

export interface RestartableBot {
  readonly connector: RecordingConnector;
  readonly dataDir: string;
  app(): RunningApp;
  /** Starts (or restarts) the bot and waits for its start-up reminder scan. */
  start(): Promise<RunningApp>;
  stop(): Promise<void>;
  /** Posts an activity; replies come back when it asked for them (expectReplies). */
  post(activity: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }>;
  say(persona: Persona, text: string, locale?: string): Promise<Array<Record<string, unknown>>>;
  submit(persona: Persona, value: Record<string, unknown>, locale?: string): Promise<Array<Record<string, unknown>>>;
  dispose(): Promise<void>;
}

export async function restartableBot(clock: FakeClock, env: Record<string, string> = {}): Promise<RestartableBot> {
  const dataDir = await mkdtemp(join(tmpdir(), 'psb-reminders-'));
  const connector = await new RecordingConnector().start();
  // The demo approver would settle Wingtip's pending activation behind the test's back.
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir, ACTIVATION_PROCESSOR: 'helpdesk', ...env });
  let running: RunningApp | undefined;
  const send = async (activity: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await fetch(`${running!.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity), signal: AbortSignal.timeout(20_000) });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const post = async (activity: Record<string, unknown>): Promise<Array<Record<string, unknown>>> => {
    const { body } = await send(activity);
    return ((body.activities as Array<Record<string, unknown>> | undefined) ?? []).filter((a) => a.type !== 'typing');
  };
  const bot: RestartableBot = {
    connector,
    dataDir,
    app: () => running!,
    async start() {
      running = await startApp(config, createLogger('silent'), { clock });
      await running.features.reminders.scanner.idle();
      return running;
    },
    async stop() {
      await running?.close();
      running = undefined;
    },
    post: send,
    say: (persona, text, locale = 'en-US') => post(messageFrom(persona, text, { serviceUrl: connector.url, locale })),
    submit: (persona, value, locale = 'en-US') => post(submitFrom(persona, value, { serviceUrl: connector.url, locale })),
    async dispose() {
      await bot.stop();
      await connector.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return bot;
}

type Card = Record<string, unknown>;

export function cardsIn(connector: RecordingConnector, conversationId: string): Card[] {
  return connector
    .inConversation(conversationId)
    .map((r) => (r.activity.attachments as Array<{ content?: Card }> | undefined)?.[0]?.content)
    .filter((c): c is Card => c !== undefined);
}
