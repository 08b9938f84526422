/**
 * Developer mode has no authentication; loopback alone does not keep other
 * sites out, because a browser on this machine can be made to send requests
 * here (a page on another site, or DNS rebinding: a foreign name resolving to
 * 127.0.0.1). Such requests carry a foreign Host or Origin, so both must name
 * this machine.
 */
import type restify from 'restify';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Host header "name[:port]" → name, lower-cased; undefined when malformed. */
function hostName(host: string): string | undefined {
  try {
    return new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = hostName(host);
  return name !== undefined && LOOPBACK_NAMES.has(name) && new URL(`http://${host}`).username === '';
}

function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_NAMES.has(url.hostname.toLowerCase());
  } catch {
    return false;
  }
}

export function loopbackRequestsOnly(): restify.RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (!isLoopbackHost(req.headers.host) || (origin !== undefined && !isLoopbackOrigin(origin))) {
      res.send(403, { error: 'Developer mode answers requests addressed to localhost, 127.0.0.1 or [::1] from this machine only.' });
      return next(false);
    }
    return next();
  };
}
