/**
 * The Bot Framework adapter: authentication from config (on whenever an app
 * id is set), a typing indicator for slow turns, and one turn-error handler
 * that logs without message text and apologises in the user's language.
 */
import {
  CloudAdapter,
  type Activity,
  type InvokeResponse,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { DeveloperModeAuthentication } from './loopbackConnectors.js';
import { BOT_FRAMEWORK_OPENID_METADATA_URL, BOT_FRAMEWORK_TOKEN_ISSUER, needsSigningKey, OpenIdMetadataGate } from './openIdMetadataGate.js';
import { TypingIndicator } from './typingIndicator.js';

const APOLOGY = {
  en: 'Sorry, something went wrong on my side. Please try again in a moment, or type "helpdesk" to reach a person.',
  ja: '申し訳ありません。こちらで問題が発生しました。しばらくしてからもう一度お試しいただくか、「ヘルプデスク」と入力して担当者におつなぎください。',
};

/**
 * CloudAdapter with authentication as a separate step, so the HTTP layer can
 * answer 401 itself (logged once per source, no stack trace) instead of the
 * SDK printing every failure to the console.
 */
export class BotEndpointAdapter extends CloudAdapter {
  constructor(
    auth: ConstructorParameters<typeof CloudAdapter>[0],
    private readonly keys?: OpenIdMetadataGate,
    private readonly deadlineMs = 10_000,
  ) {
    super(auth);
  }

  async authenticate(activity: Activity, authHeader: string) {
    // A token can only be checked with the signing keys: fail fast, together, when they cannot be had.
    if (this.keys && needsSigningKey(authHeader)) await this.keys.ensure();
    return withDeadline(this.botFrameworkAuthentication.authenticateRequest(activity, authHeader), this.deadlineMs);
  }

  run(identity: RequestIdentity, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(identity, activity, logic);
  }
}

export type RequestIdentity = Awaited<ReturnType<BotEndpointAdapter['authenticate']>>;

/** Where and how long token checks fetch signing keys; replaceable so they can be pointed at a local server. */
export interface KeySource {
  readonly openIdMetadataUrl?: string;
  readonly timeoutMs?: number;
}

/** Rejects when `promise` has not settled within `ms` (the SDK's own fetches have no timeout). */
function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`token check took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export function createBotAdapter(config: Config, logger: Logger, keySource: KeySource = {}): BotEndpointAdapter {
  const settings = {
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.appTenantId,
    // Naming one endpoint makes the SDK take every endpoint from settings, so the channel's token issuer goes with it.
    ...(keySource.openIdMetadataUrl ? { ToBotFromChannelOpenIdMetadataUrl: keySource.openIdMetadataUrl, ToBotFromChannelTokenIssuer: BOT_FRAMEWORK_TOKEN_ISSUER } : {}),
  };
  const timeoutMs = keySource.timeoutMs ?? 5_000;
  const keys = config.developerMode
    ? undefined
    : new OpenIdMetadataGate({ url: keySource.openIdMetadataUrl ?? BOT_FRAMEWORK_OPENID_METADATA_URL, timeoutMs, refreshMs: 3_600_000 });
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  const auth = config.developerMode
    ? new DeveloperModeAuthentication(settings, credentials, logger)
    : new ConfigurationBotFrameworkAuthentication(settings, credentials);
  const adapter = new BotEndpointAdapter(auth, keys, timeoutMs * 2);
  // Typing shows only when a reply takes longer than half a second.
  adapter.use(new TypingIndicator(500, 2000));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error(
      { err: error, activityType: context.activity.type, conversation: context.activity.conversation?.id },
      'turn failed',
    );
    if (context.activity.type !== 'message') return;
    const ja = (context.activity.locale ?? '').toLowerCase().startsWith('ja') || /[\u3040-\u30ff\u4e00-\u9faf]/.test(context.activity.text ?? '');
    try {
      await context.sendActivity(ja ? APOLOGY.ja : APOLOGY.en);
    } catch (sendError) {
      logger.warn({ err: sendError }, 'could not send the apology');
    }
  };
  return adapter;
}
