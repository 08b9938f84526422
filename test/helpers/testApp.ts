/**
 * The real server with a temporary lowdb store, for end-to-end tests over
 * HTTP. Replies come back in the response body (deliveryMode
 * "expectReplies"); proactive messages go to a RecordingConnector.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type AppOptions, type RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { fixedClock } from '../../src/domain/clock.js';
import { createLogger } from '../../src/logger.js';
import { RecordingConnector } from './recordingConnector.js';
import { TEST_TODAY } from './testDay.js';

export { TEST_TODAY } from './testDay.js';
export { visibleText } from './visibleText.js';

export interface TestApp {
  readonly app: RunningApp;
  readonly connector: RecordingConnector;
  readonly dataDir: string;
  post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }>;
  /** Posts and returns the reply activities (expectReplies). */
  ask(activity: Record<string, unknown>): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}, options: AppOptions = {}): Promise<TestApp> {
  const dataDir = env.DATA_DIR ?? (await mkdtemp(join(tmpdir(), 'psb-test-')));
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...env });
  const app = await startApp(config, createLogger(config.logLevel), { clock: fixedClock(`${TEST_TODAY}T09:00:00.000Z`), ...options });
  const connector = await new RecordingConnector().start();
  const post = async (activity: Record<string, unknown>) => {
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      // A hung turn must fail the test that caused it, not stall the run.
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  return {
    app,
    connector,
    dataDir,
    post,
    async ask(activity) {
      const { status, body } = await post(activity);
      if (status !== 200) throw new Error(`POST /api/messages answered ${status}: ${JSON.stringify(body)}`);
      const activities = (body as { activities?: Array<Record<string, unknown>> } | undefined)?.activities ?? [];
      return activities.filter((a) => a.type !== 'typing');
    },
    async close() {
      await app.close();
      await connector.stop();
      if (!env.DATA_DIR) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One app for a test file: started before its tests, closed after them. The
 * returned value stands for the app once `beforeAll` has run, so tests write
 * `t.ask(…)` as with `startTestApp`.
 */
export function useTestApp(env: Record<string, string> = {}, options: AppOptions = {}): TestApp {
  let started: TestApp | undefined;
  beforeAll(async () => {
    started = await startTestApp(env, options);
  }, 60_000);
  afterAll(() => started?.close());
  return new Proxy({} as TestApp, {
    get(_, key) {
      if (!started) throw new Error('useTestApp: the app starts in beforeAll; use it inside a test');
      return Reflect.get(started, key) as unknown;
    },
  });
}
