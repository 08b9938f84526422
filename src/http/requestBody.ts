/**
 * Request bodies: JSON only, within the body limit, kept in memory.
 *
 * Runs before routing, so it covers every route (and runs before
 * authentication). restify's full body parser is deliberately not used: its
 * multipart branch ignores the size limit and writes uploads to the temp
 * folder, and its form branch turns `a[b]=c` into nested objects that a
 * cross-site form post could use.
 */
import restify from 'restify';

const JSON_TYPE = /^application\/(?:[a-z0-9.+-]+\+)?json$/i;

function hasBody(req: restify.Request): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

/** Answers now and drops the rest of the body instead of reading it. */
function refuse(req: restify.Request, res: restify.Response, status: number, message: string): void {
  res.setHeader('connection', 'close');
  res.send(status, { error: message });
  req.resume();
  res.once('finish', () => req.socket?.destroySoon());
}

/** Refuses non-JSON bodies (415) and bodies whose declared length is over the limit (413). */
export function jsonBodiesOnly(limitBytes: number): restify.RequestHandler {
  return (req, res, next) => {
    if (!hasBody(req)) return next();
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (!JSON_TYPE.test(contentType)) {
      refuse(req, res, 415, 'Only application/json request bodies are accepted.');
      return next(false);
    }
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limitBytes) {
      refuse(req, res, 413, `The request body is larger than ${limitBytes} bytes.`);
      return next(false);
    }
    return next();
  };
}

/** restify's JSON parser alone: it counts the bytes as they arrive (chunked bodies too) and answers 413 past the limit. */
export function jsonBodyParser(limitBytes: number): restify.RequestHandler[] {
  // The typings omit maxBodySize, which the parser passes on to its body reader.
  const options: restify.plugins.JsonBodyParserOptions & { maxBodySize: number } = { maxBodySize: limitBytes, mapParams: false };
  return restify.plugins.jsonBodyParser(options);
}
