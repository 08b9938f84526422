/**
 * The personal tab "My support benefits": its page and GET /api/tab/benefits.
 * In Teams the caller is identified by the SSO token (Authorization: Bearer);
 * in developer mode only, ?persona=<aad object id> stands in for it, so the
 * tab can be tried without a tenant.
 */
import type restify from 'restify';
import type { BotServices } from '../bot/botServices.js';
import type { Language, Person } from '../domain/model.js';
import type { RouteMounter } from '../http/server.js';
import { projectPath } from '../projectRoot.js';
import { buildBenefitsView } from './benefitsView.js';
import { findDevPerson, listDevPersonas } from './devPersonas.js';
import { createSsoValidator, SsoTokenError, type SsoValidator } from './ssoTokenValidator.js';
import { mountStaticFiles } from './staticAsset.js';

export interface TabOptions {
  /** Defaults to a validator using Microsoft's published signing keys. */
  readonly validator?: SsoValidator;
}

type Caller = { ok: true; person: Person } | { ok: false; status: number; code: string; message: string };

const page = (file: string): string => projectPath('src', 'tab', 'public', file);

export function tabMounts(services: BotServices, options: TabOptions = {}): RouteMounter[] {
  const { config } = services;
  const validator =
    options.validator ??
    createSsoValidator({ appId: config.appId, domain: new URL(config.publicBaseUrl).host, allowedTenants: config.allowedTenants });

  const identify = async (req: restify.Request, query: URLSearchParams): Promise<Caller> => {
    const header = req.headers.authorization ?? '';
    const persona = query.get('persona');
    if (header.startsWith('Bearer ')) {
      try {
        const who = await validator(header.slice('Bearer '.length).trim());
        const person = await services.identity.resolve(who.tenantId, who.aadObjectId);
        if (person.known) return { ok: true, person: person.person };
        return { ok: false, status: 404, code: 'UnknownUser', message: 'You are not in the partner directory.' };
      } catch (error) {
        if (error instanceof SsoTokenError) return { ok: false, status: 401, code: error.reason, message: error.message };
        throw error;
      }
    }
    // Never in production: without authentication anyone could name anyone.
    if (persona && config.developerMode) {
      const person = await findDevPerson(services.repos, persona);
      if (person) return { ok: true, person };
      return { ok: false, status: 404, code: 'UnknownUser', message: 'You are not in the partner directory.' };
    }
    return { ok: false, status: 401, code: 'NoToken', message: 'A Teams sign-in token is required.' };
  };

  return [
    (server: restify.Server) => {
      mountStaticFiles(server, {
        '/tab': page('index.html'),
        '/tab/tab.css': page('tab.css'),
        '/tab/tab.js': page('tab.js'),
        '/tab/tabStrings.js': page('tabStrings.js'),
        '/tab/benefitsRender.js': page('benefitsRender.js'),
        '/tab/vendor/teams-js.js': projectPath('node_modules', '@microsoft', 'teams-js', 'dist', 'umd', 'MicrosoftTeams.min.js'),
      });
      server.get('/api/tab/config', (_req: restify.Request, res: restify.Response, next: restify.Next) => {
        res.send(200, { developerMode: config.developerMode });
        next();
      });
      server.get('/api/tab/personas', async (_req: restify.Request, res: restify.Response) => {
        if (!config.developerMode) return void res.send(404, { error: 'not found' });
        res.send(200, await listDevPersonas(services.repos));
      });
      server.get('/api/tab/benefits', async (req: restify.Request, res: restify.Response) => {
        const query = new URL(req.url ?? '', 'http://local').searchParams;
        const language: Language = query.get('lang') === 'ja' ? 'ja' : 'en';
        const caller = await identify(req, query);
        if (!caller.ok) return void res.send(caller.status, { error: caller.code, message: caller.message });
        const view = await buildBenefitsView(services, caller.person, language);
        if (!view) return void res.send(404, { error: 'UnknownCompany', message: 'Your company is not in the partner directory.' });
        res.header('cache-control', 'no-store');
        res.send(200, view);
      });
    },
  ];
}
