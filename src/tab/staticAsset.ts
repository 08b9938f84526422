/**
 * Serves a few known files (the tab's and the local chat page's HTML, CSS, JS
 * and the vendored browser libraries from node_modules). Names are looked up
 * in a fixed table, so a request can never reach any other file.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type restify from 'restify';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

/** Maps URL paths to absolute file paths and serves them with GET. */
export function mountStaticFiles(server: restify.Server, files: Readonly<Record<string, string>>): void {
  for (const [urlPath, filePath] of Object.entries(files)) {
    server.get(urlPath, async (_req: restify.Request, res: restify.Response) => {
      try {
        const body = await readFile(filePath);
        res.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(filePath)] ?? 'application/octet-stream',
          'content-length': body.length,
          // The pages change while people develop them; never serve a stale copy.
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        });
        res.end(body);
      } catch {
        res.send(404, { error: 'not found' });
      }
    });
  }
}
