/**
 * GET /devchat/events?conversation=… : Server-Sent Events for one conversation.
 * It first replays what that conversation already holds (so a reload shows
 * the history), sends "ready", then every new message, update and delete.
 */
import type restify from 'restify';
import { SHUTTING_DOWN } from '../http/server.js';
import type { ChatEvent, DevChatLog } from './chatLog.js';

// Proxies and browsers drop idle streams; a comment line every 15 s keeps it open.
const HEARTBEAT_MS = 15_000;

export function mountEventStream(server: restify.Server, log: DevChatLog): void {
  // Open streams end when the server stops, so stopping does not wait on an open page.
  const open = new Set<restify.Response>();
  server.once(SHUTTING_DOWN, () => {
    for (const res of open) res.end();
  });
  // Async so restify waits: the handler settles only when the page goes away.
  server.get('/devchat/events', async (req: restify.Request, res: restify.Response) => {
    const conversationId = new URL(req.url ?? '', 'http://local').searchParams.get('conversation') ?? '';
    if (!conversationId) {
      res.send(400, { error: 'conversation is required' });
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    const send = (event: ChatEvent): void => {
      res.write(`id: ${event.seq}\nevent: chat\ndata: ${JSON.stringify(event)}\n\n`);
    };
    const history = log.history(conversationId);
    history.forEach(send);
    res.write(`event: ready\ndata: ${JSON.stringify({ count: history.length })}\n\n`);
    open.add(res);
    const unsubscribe = log.subscribe(conversationId, send);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    await new Promise<void>((resolve) =>
      req.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(res);
        resolve();
      }),
    );
  });
}
