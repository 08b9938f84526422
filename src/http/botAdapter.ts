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
  authenticate(activity: Activity, authHeader: string) {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  run(identity: RequestIdentity, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(identity, activity, logic);
  }
}

export type RequestIdentity = Awaited<ReturnType<BotEndpointAdapter['authenticate']>>;

export function createBotAdapter(config: Config, logger: Logger): BotEndpointAdapter {
  const settings = {
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.appTenantId,
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  const auth = config.developerMode
    ? new DeveloperModeAuthentication(settings, credentials, logger)
    : new ConfigurationBotFrameworkAuthentication(settings, credentials);
  const adapter = new BotEndpointAdapter(auth);
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
