/**
 * Thin hosting: body parsing with a size limit, a health probe, and
 * POST /api/messages → adapter.process → bot. Extra routes (the local chat
 * page, the tab) are mounted by whoever composes the app.
 */
import restify from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { checkActivity, withParsedTimestamps } from './activityGuard.js';
import { AuthFailureLog } from './authFailureLog.js';
import { loopbackRequestsOnly } from './developerModeGuard.js';
import { jsonBodiesOnly, jsonBodyParser } from './requestBody.js';
import type { BotEndpointAdapter, RequestIdentity } from './botAdapter.js';
import { TurnAdmission } from './turnAdmission.js';

export interface TurnLogic {
  run(context: TurnContext): Promise<void>;
}

/** Receiving a request's headers, and the whole request, must finish within these. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 20_000;

export type RouteMounter = (server: restify.Server) => void;

export function createHttpServer(config: Config, adapter: BotEndpointAdapter, bot: TurnLogic, logger: Logger, mounts: RouteMounter[] = []): restify.Server {
  // restify's own logger would print raw requests (bodies, Authorization) on some errors: only ours writes.
  // (restify 11 takes a pino logger; its typings still describe bunyan's.)
  const quiet = logger.child({ component: 'restify' }, { level: 'silent' }) as unknown as restify.ServerOptions['log'];
  const server = restify.createServer({ name: 'partner-support-bot', handleUncaughtExceptions: false, log: quiet });
  // A client that trickles its headers or body holds a connection this long at most (Node's defaults: 60 s and 300 s).
  server.server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.server.requestTimeout = REQUEST_TIMEOUT_MS;
  if (config.developerMode) server.pre(loopbackRequestsOnly());
  server.pre(jsonBodiesOnly(config.bodyLimitBytes));
  server.use(jsonBodyParser(config.bodyLimitBytes));

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });

  const authFailures = new AuthFailureLog(logger);
  const admission = new TurnAdmission();
  server.post('/api/messages', async (req, res) => {
    const verdict = checkActivity(req.body, config);
    if (!verdict.ok) {
      res.send(verdict.status, { error: verdict.message });
      return;
    }
    const activity = withParsedTimestamps(req.body as Activity);
    let identity: RequestIdentity;
    try {
      // Checks the token, its audience and that its service URL claim matches the activity's.
      identity = await adapter.authenticate(activity, req.header('authorization') ?? '');
    } catch (error) {
      authFailures.note(req.socket?.remoteAddress ?? 'unknown', (error as Error).message);
      res.send(401, { error: 'Unauthorized: a valid Bot Framework token is required.' });
      return;
    }
    // Turns start a few per event-loop iteration, so new connections are not starved (see TurnAdmission).
    await admission.admit();
    try {
      const invokeResponse = await adapter.run(identity, activity, (context) => bot.run(context));
      res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (error) {
      logger.error({ err: error }, 'turn processing failed');
      if (!res.headersSent) res.send(500, { error: 'The bot could not process this activity.' });
    }
  });

  for (const mount of mounts) mount(server);
  return server;
}

export async function listen(server: restify.Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}

/** Requests still running when stopping get this long to finish; then every connection is cut. */
const SHUTDOWN_GRACE_MS = 2000;

/**
 * Stops taking requests and waits for the server to close. Idle keep-alive
 * connections are closed at once; long-lived ones (the local chat page's
 * event stream, a client trickling a body) are cut after a short grace, so
 * stopping never waits on a browser tab.
 */
export async function stopServer(server: restify.Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.emit(SHUTTING_DOWN);
  server.server.closeIdleConnections();
  const grace = setTimeout(() => server.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  grace.unref();
  await closed;
  clearTimeout(grace);
}

/** Emitted on the restify server when it starts stopping: streams end themselves. */
export const SHUTTING_DOWN = 'partner-support-bot:shutting-down';
