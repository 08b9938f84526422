/**
 * SSO token validation with a locally generated key set standing in for
 * Microsoft's: a good token passes (v2 and v1 issuers); wrong audience,
 * expired, wrong tenant, a foreign signature, a missing access_as_user scope
 * and a client other than Teams are refused with a reason.
 */
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { createSsoValidator, issuersFor, SsoTokenError, TEAMS_CLIENT_IDS, type SsoValidator } from '../../src/tab/index.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const DOMAIN = 'bot.contoso.example';
const TENANT = 'tenant-contoso';

let sign: (claims: JWTPayload, options?: { expiresIn?: string | number; foreignKey?: boolean }) => Promise<string>;
let validate: SsoValidator;

beforeAll(async () => {
  const mine = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(mine.publicKey)), kid: 'local-1', alg: 'RS256', use: 'sig' };
  validate = createSsoValidator({ appId: APP_ID, domain: DOMAIN, allowedTenants: [TENANT, 'tenant-fabrikam'], keys: createLocalJWKSet({ keys: [jwk] }) });
  sign = (claims, options = {}) =>
    new SignJWT({ tid: TENANT, oid: 'aad-alice', name: 'Alice Chen', scp: 'access_as_user', azp: TEAMS_CLIENT_IDS[0], ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'local-1', typ: 'JWT' })
      .setIssuedAt()
      .setIssuer(typeof claims.iss === 'string' ? claims.iss : issuersFor(String(claims.tid ?? TENANT))[0]!)
      .setAudience(claims.aud ?? `api://${DOMAIN}/${APP_ID}`)
      .setExpirationTime(options.expiresIn ?? '1h')
      .sign(options.foreignKey ? foreign.privateKey : mine.privateKey);
});

async function refusal(token: Promise<string>): Promise<string> {
  try {
    await validate(await token);
  } catch (error) {
    if (error instanceof SsoTokenError) return error.reason;
    throw error;
  }
  return 'accepted';
}

it('accepts a good token and says who it is for', async () => {
  await expect(validate(await sign({}))).resolves.toEqual({ tenantId: TENANT, aadObjectId: 'aad-alice', name: 'Alice Chen' });
});

it('accepts the v1 issuer, whose client claim is appid (Teams on the web)', async () => {
  const token = await sign({ iss: `https://sts.windows.net/${TENANT}/`, azp: undefined, appid: TEAMS_CLIENT_IDS[1] });
  await expect(validate(token)).resolves.toMatchObject({ aadObjectId: 'aad-alice' });
});

it.each([
  ['wrong audience', () => sign({ aud: 'api://other.example/99999999-0000-0000-0000-000000000000' }), 'audience'],
  ['expired', () => sign({}, { expiresIn: Math.floor(Date.now() / 1000) - 3600 }), 'expired'],
  ['issuer of another tenant', () => sign({ iss: issuersFor('tenant-evil')[0] }), 'issuer'],
  ['tenant not allowed', () => sign({ tid: 'tenant-elsewhere' }), 'tenant'],
  ['signed with a key Microsoft does not publish', () => sign({}, { foreignKey: true }), 'signature'],
  ['no object id', () => sign({ oid: undefined }), 'claims'],
  ['the bare app id as audience', () => sign({ aud: APP_ID }), 'audience'],
  ['no access_as_user scope', () => sign({ scp: 'User.Read' }), 'scope'],
  ['requested by an application other than Teams', () => sign({ azp: '99999999-0000-0000-0000-000000000000' }), 'client'],
])('refuses a token: %s', async (_case, token, reason) => {
  expect(await refusal(token())).toBe(reason);
});

it('refuses something that is not a JWT', async () => {
  expect(await refusal(Promise.resolve('not-a-token'))).toBe('malformed');
});
