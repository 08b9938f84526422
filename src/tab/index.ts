/** The personal tab "My support benefits": page, API and SSO token validation. */
export { tabMounts, type TabOptions } from './tabRoutes.js';
export { createSsoValidator, SsoTokenError, issuersFor, MICROSOFT_JWKS_URL, TEAMS_CLIENT_IDS, type SsoValidator, type SsoIdentity } from './ssoTokenValidator.js';
export { buildBenefitsView, type BenefitsView } from './benefitsView.js';
