/**
 * The only reader of environment settings. Every setting is validated once at
 * start-up; a bad one stops the bot with a message naming it.
 */
import { isAbsolute, resolve } from 'node:path';
import { projectRoot } from './projectRoot.js';
import { LONGEST_ENDING_DAYS } from './domain/reminders/reminderTypes.js';

export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
export type ActivationProcessorKind = 'helpdesk' | 'demo';
export type HandoffMode = 'channel' | 'event';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Empty in developer mode: no authentication, loopback only. */
  readonly appId: string;
  readonly appPassword: string;
  readonly appType: AppType;
  readonly appTenantId: string;
  readonly developerMode: boolean;
  readonly dataDir: string;
  /** PostgreSQL connection string; empty = the embedded lowdb store in dataDir. Holds a password: never log it. */
  readonly databaseUrl: string;
  readonly rulesDir: string;
  readonly bodyLimitBytes: number;
  readonly maxTextLength: number;
  /** How far V8 may grow the heap past live data after a full collection, in percent; 0 = V8's own choice. */
  readonly heapGrowingPercent: number;
  readonly logLevel: LogLevel;
  /** Empty = every tenant may talk to the bot. */
  readonly allowedTenants: readonly string[];
  readonly activationProcessor: ActivationProcessorKind;
  /** Fill an empty store with the demo directory at start-up (developer mode, or DEMO_DATA=true). */
  readonly demoData: boolean;
  readonly demoActivationDelaySeconds: number;
  readonly handoffMode: HandoffMode;
  /** How often messages the connector refused are retried from the outbox, in seconds. */
  readonly outboxRetrySeconds: number;
  /** Public https base URL of the bot (Teams package, tab, SSO). */
  readonly publicBaseUrl: string;
  /** Production: channels (activity.channelId) the bot serves; others get 403. */
  readonly allowedChannelIds: readonly string[];
  /** Proactive deliveries (ticket cards, notices) are given up after this many failed attempts… */
  readonly deliveryMaxAttempts: number;
  /** …or when they have been failing for this long. */
  readonly deliveryMaxAgeHours: number;
  readonly reminders: ReminderSettings;
  /** A ticket nobody claimed for this long is raised again in the helpdesk channel, once. */
  readonly ticketEscalateMinutes: number;
  /** At most this many new helpdesk tickets per requester in any hour (counted in the store, so across replicas). */
  readonly ticketsPerHour: number;
  /** How long questions the bot could not answer are kept for the digest. */
  readonly unansweredRetentionDays: number;
  /** Records of sent reminders, escalations and digests are kept at least this long for reports (longer while they stop a repeat). */
  readonly markerRetentionDays: number;
}

export interface ReminderSettings {
  /** Minutes between scans (one also runs at start-up). */
  readonly scanMinutes: number;
  readonly lowIncidents: number;
  readonly lowPercent: number;
  readonly endingDays: number;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly setting: string, problem: string) {
    super(`Setting ${setting} is invalid: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function text(env: Env, name: string, fallback = ''): string {
  return (env[name] ?? '').trim() || fallback;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `"${raw}" is not a whole number`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `${value} is outside ${min}..${max}`);
  return value;
}

function list(env: Env, name: string, fallback: readonly string[]): readonly string[] {
  const items = text(env, name)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0 ? items : fallback;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (!raw) return fallback;
  const found = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (!found) throw new ConfigError(name, `"${raw}" is not one of ${allowed.join(', ')}`);
  return found;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name).toLowerCase();
  if (!raw) return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new ConfigError(name, `"${raw}" is not true or false`);
}

function directory(env: Env, name: string, fallback: string): string {
  const raw = text(env, name, fallback);
  return isAbsolute(raw) ? raw : resolve(projectRoot, raw);
}

function baseUrl(env: Env, name: string, fallback: string): string {
  const raw = text(env, name, fallback);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `"${raw}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(name, 'must be an http(s) URL');
  return url.origin;
}

function connectionString(env: Env, name: string): string {
  const raw = text(env, name);
  if (!raw) return '';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a URL (expected postgres://user:password@host:5432/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new ConfigError(name, 'must start with postgres:// or postgresql://');
  return raw;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/** The demo processor approves every request by itself: never with real users (authentication on). */
function activationProcessorOf(env: Env, developerMode: boolean): ActivationProcessorKind {
  const kind = oneOf(env, 'ACTIVATION_PROCESSOR', ['helpdesk', 'demo'] as const, developerMode ? 'demo' : 'helpdesk');
  if (kind === 'demo' && !developerMode) {
    throw new ConfigError('ACTIVATION_PROCESSOR', '"demo" approves every request by itself and is refused when MICROSOFT_APP_ID is set; use helpdesk');
  }
  return kind;
}

export function loadConfig(env: Env): Config {
  const rawAppId = env.MICROSOFT_APP_ID ?? '';
  // Blank-but-set would silently mean "no authentication": refuse it.
  if (rawAppId !== '' && rawAppId.trim() === '') {
    throw new ConfigError('MICROSOFT_APP_ID', 'is only whitespace; leave it unset for developer mode or give the bot registration id');
  }
  const appId = text(env, 'MICROSOFT_APP_ID');
  const appPassword = text(env, 'MICROSOFT_APP_PASSWORD');
  const appType = oneOf(env, 'MICROSOFT_APP_TYPE', ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const, 'MultiTenant');
  const appTenantId = text(env, 'MICROSOFT_APP_TENANT_ID');
  const developerMode = appId === '';
  if (appId && appType === 'MultiTenant' && !appPassword) {
    throw new ConfigError('MICROSOFT_APP_PASSWORD', 'required when MICROSOFT_APP_ID is set for a MultiTenant bot');
  }
  if (appId && appType === 'SingleTenant' && !appTenantId) {
    throw new ConfigError('MICROSOFT_APP_TENANT_ID', 'required for a SingleTenant bot');
  }
  const host = text(env, 'HOST', developerMode ? '127.0.0.1' : '0.0.0.0');
  if (developerMode && !LOOPBACK_HOSTS.has(host)) {
    throw new ConfigError('HOST', `developer mode (no MICROSOFT_APP_ID) listens on loopback only, not "${host}"`);
  }
  const port = integer(env, 'PORT', 3978, 0, 65535);
  const allowedTenants = text(env, 'ALLOWED_TENANTS')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return {
    port,
    host,
    appId,
    appPassword,
    appType,
    appTenantId,
    developerMode,
    dataDir: directory(env, 'DATA_DIR', 'data'),
    databaseUrl: connectionString(env, 'DATABASE_URL'),
    rulesDir: directory(env, 'RULES_DIR', 'src/rules'),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 256 * 1024, 1024, 10 * 1024 * 1024),
    maxTextLength: integer(env, 'MAX_TEXT_LENGTH', 2000, 10, 100_000),
    heapGrowingPercent: integer(env, 'HEAP_GROWING_PERCENT', 100, 0, 1000),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    allowedTenants,
    activationProcessor: activationProcessorOf(env, developerMode),
    demoData: flag(env, 'DEMO_DATA', developerMode),
    demoActivationDelaySeconds: integer(env, 'DEMO_ACTIVATION_DELAY_SECONDS', 20, 0, 86_400),
    handoffMode: oneOf(env, 'HANDOFF_MODE', ['channel', 'event'] as const, 'channel'),
    outboxRetrySeconds: integer(env, 'OUTBOX_RETRY_SECONDS', 30, 1, 86_400),
    publicBaseUrl: baseUrl(env, 'PUBLIC_BASE_URL', `http://localhost:${port}`),
    allowedChannelIds: list(env, 'ALLOWED_CHANNEL_IDS', ['msteams']),
    deliveryMaxAttempts: integer(env, 'DELIVERY_MAX_ATTEMPTS', 20, 1, 1000),
    deliveryMaxAgeHours: integer(env, 'DELIVERY_MAX_AGE_HOURS', 24, 1, 24 * 30),
    reminders: {
      scanMinutes: integer(env, 'REMINDER_SCAN_MINUTES', 60, 1, 7 * 24 * 60),
      lowIncidents: integer(env, 'REMINDER_LOW_INCIDENTS', 3, 0, 10_000),
      lowPercent: integer(env, 'REMINDER_LOW_PERCENT', 20, 0, 100),
      endingDays: integer(env, 'REMINDER_ENDING_DAYS', 30, 0, LONGEST_ENDING_DAYS),
    },
    ticketEscalateMinutes: integer(env, 'TICKET_ESCALATE_MINUTES', 30, 1, 7 * 24 * 60),
    ticketsPerHour: integer(env, 'HANDOFF_TICKETS_PER_HOUR', 5, 1, 1000),
    unansweredRetentionDays: integer(env, 'UNANSWERED_RETENTION_DAYS', 90, 1, 3650),
    // At least two weeks: the weekly digest counts the previous whole week.
    markerRetentionDays: integer(env, 'MARKER_RETENTION_DAYS', 90, 14, 3650),
  };
}
