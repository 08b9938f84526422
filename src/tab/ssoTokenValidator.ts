/**
 * Validates the single-sign-on token the tab gets from Teams
 * (authentication.getAuthToken): RS256 signature from Microsoft's signing keys,
 * audience (our api:// resource only), issuer of the token's own tenant
 * (v2.0 or v1 sts.windows.net), lifetime, the access_as_user scope, the
 * client that asked for it (a Teams client), and the tenant allow-list.
 * Keys are injected so tests can sign with a locally generated key set.
 */
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

export const MICROSOFT_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

/** The scope the tab's manifest exposes; a token without it was not issued for this tab. */
export const TAB_SCOPE = 'access_as_user';

/**
 * The Teams clients that may request the tab's token (desktop and mobile, web):
 * the same ids the app registration pre-authorises. A token another application
 * obtained for our resource is refused.
 */
export const TEAMS_CLIENT_IDS: readonly string[] = ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346'];

export interface SsoValidatorOptions {
  readonly appId: string;
  /** Host name the tab is served from (the manifest's webApplicationInfo resource). */
  readonly domain: string;
  /** Empty: every tenant. */
  readonly allowedTenants: readonly string[];
  readonly keys?: JWTVerifyGetKey;
  /** Seconds of clock difference tolerated. */
  readonly clockToleranceSeconds?: number;
}

export interface SsoIdentity {
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly name?: string;
}

export type SsoFailure = 'malformed' | 'signature' | 'audience' | 'issuer' | 'expired' | 'tenant' | 'scope' | 'client' | 'claims';

export class SsoTokenError extends Error {
  readonly code = 'SSO_TOKEN_INVALID';
  constructor(readonly reason: SsoFailure, detail: string) {
    super(`The sign-in token was refused (${reason}): ${detail}`);
    this.name = 'SsoTokenError';
  }
}

export type SsoValidator = (token: string) => Promise<SsoIdentity>;

export function issuersFor(tenantId: string): string[] {
  return [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
}

export function createSsoValidator(options: SsoValidatorOptions): SsoValidator {
  const keys = options.keys ?? createRemoteJWKSet(new URL(MICROSOFT_JWKS_URL));
  const audience = `api://${options.domain}/${options.appId}`;
  return async (token) => {
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw new SsoTokenError('malformed', 'not a JWT');
    }
    // The issuer names the tenant; it must be the tenant the token is about.
    const tid = typeof unverified.tid === 'string' ? unverified.tid : '';
    if (!tid) throw new SsoTokenError('claims', 'no tenant id (tid)');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: ['RS256'],
        audience,
        issuer: issuersFor(tid),
        clockTolerance: options.clockToleranceSeconds ?? 60,
        requiredClaims: ['exp', 'iat'],
      }));
    } catch (error) {
      throw toSsoError(error);
    }
    if (options.allowedTenants.length > 0 && !options.allowedTenants.includes(tid)) {
      throw new SsoTokenError('tenant', `tenant ${tid} may not use this app`);
    }
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(TAB_SCOPE)) throw new SsoTokenError('scope', `the token lacks the ${TAB_SCOPE} scope`);
    // v2.0 tokens name the requesting client in azp, v1 tokens in appid.
    const client = typeof payload.azp === 'string' ? payload.azp : typeof payload.appid === 'string' ? payload.appid : '';
    if (!TEAMS_CLIENT_IDS.includes(client)) throw new SsoTokenError('client', 'the token was requested by an application other than Teams');
    const oid = typeof payload.oid === 'string' ? payload.oid : '';
    if (!oid) throw new SsoTokenError('claims', 'no object id (oid)');
    return { tenantId: tid, aadObjectId: oid, name: typeof payload.name === 'string' ? payload.name : undefined };
  };
}

function toSsoError(error: unknown): SsoTokenError {
  if (error instanceof errors.JWTExpired) return new SsoTokenError('expired', 'the token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return new SsoTokenError('audience', 'the token is for another application');
    if (error.claim === 'iss') return new SsoTokenError('issuer', 'unexpected issuer for the token tenant');
    return new SsoTokenError('claims', `claim ${error.claim} is invalid`);
  }
  if (error instanceof errors.JOSEError) return new SsoTokenError('signature', error.code);
  return new SsoTokenError('malformed', 'the token could not be read');
}
