/**
 * The SDK fetches Bot Framework's OpenID metadata and signing keys while it
 * checks a token, with no timeout and one fetch per waiting request, so a
 * dropping network held every request for minutes. The gate fetches the same
 * documents first: with a timeout, one fetch shared by all waiting requests,
 * and at most once per refresh interval after a success. When it fails,
 * requests are refused at once instead of waiting on the SDK's fetch.
 */
export const BOT_FRAMEWORK_OPENID_METADATA_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
export const BOT_FRAMEWORK_TOKEN_ISSUER = 'https://api.botframework.com';

export interface MetadataGateOptions {
  readonly url: string;
  readonly timeoutMs: number;
  /** A success is trusted this long (the SDK keeps keys for a day). */
  readonly refreshMs: number;
  readonly now?: () => number;
}

export class OpenIdMetadataUnavailable extends Error {
  constructor(reason: string) {
    super(`Bot Framework signing keys are unavailable: ${reason}`);
    this.name = 'OpenIdMetadataUnavailable';
  }
}

export class OpenIdMetadataGate {
  private lastSuccess: number | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(private readonly options: MetadataGateOptions) {}

  /** Resolves when the keys are reachable; rejects within the timeout otherwise. */
  ensure(): Promise<void> {
    const now = (this.options.now ?? Date.now)();
    if (this.lastSuccess !== undefined && now - this.lastSuccess < this.options.refreshMs) return Promise.resolve();
    this.inFlight ??= this.fetchBoth().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async fetchBoth(): Promise<void> {
    // One deadline for both documents: the metadata names where the keys are.
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    try {
      const metadata = await fetch(this.options.url, { signal });
      if (!metadata.ok) throw new OpenIdMetadataUnavailable(`metadata answered ${metadata.status}`);
      const { jwks_uri: keysUrl } = (await metadata.json()) as { jwks_uri?: unknown };
      if (typeof keysUrl !== 'string') throw new OpenIdMetadataUnavailable('metadata names no key set');
      const keys = await fetch(keysUrl, { signal });
      if (!keys.ok) throw new OpenIdMetadataUnavailable(`key set answered ${keys.status}`);
      await keys.arrayBuffer();
      this.lastSuccess = (this.options.now ?? Date.now)();
    } catch (error) {
      if (error instanceof OpenIdMetadataUnavailable) throw error;
      throw new OpenIdMetadataUnavailable(signal.aborted ? `no answer within ${this.options.timeoutMs} ms` : (error as Error).message);
    }
  }
}

/**
 * Whether checking this Authorization header needs the signing keys: only a
 * bearer JWT whose header names a key. Anything else the SDK refuses without
 * fetching, so malformed tokens never cause a fetch.
 */
export function needsSigningKey(authHeader: string): boolean {
  const match = /^Bearer\s+([\w-]+)\.[\w-]+\.[\w-]*$/i.exec(authHeader.trim());
  if (!match) return false;
  try {
    const header = JSON.parse(Buffer.from(match[1]!, 'base64url').toString('utf8')) as { kid?: unknown };
    return typeof header.kid === 'string' && header.kid !== '';
  } catch {
    return false;
  }
}
