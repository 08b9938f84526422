/**
 * Developer mode has no credentials, so the bot must never talk to a real
 * connector: every outbound call (turn replies, proactive sends, updates from
 * stored references such as the helpdesk channel's) gets its connector client
 * from the authentication's connector factory. Wrapping that one factory
 * refuses a non-loopback serviceUrl before any client, and so any socket,
 * exists.
 */
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Logger } from '../logger.js';
import { isLoopbackUrl } from './activityGuard.js';

type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type Identity = Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0];

export class NonLoopbackServiceUrlError extends Error {
  readonly code = 'NON_LOOPBACK_SERVICE_URL';
  constructor() {
    super('Developer mode only sends to loopback service URLs.');
    this.name = 'NonLoopbackServiceUrlError';
  }
}

/** The host only: a service URL's path may carry tenant or conversation details. */
function hostOf(serviceUrl: string): string {
  try {
    return new URL(serviceUrl).host;
  } catch {
    return '(malformed)';
  }
}

export function loopbackOnly(factory: ConnectorFactory, logger: Logger): ConnectorFactory {
  return {
    create(serviceUrl: string, audience?: string) {
      if (!isLoopbackUrl(serviceUrl)) {
        logger.warn({ serviceHost: hostOf(serviceUrl) }, 'developer mode: refused to send to a non-loopback service URL');
        return Promise.reject(new NonLoopbackServiceUrlError());
      }
      return factory.create(serviceUrl, audience);
    },
  };
}

/** Authentication for developer mode: as configured, with connectors limited to this machine. */
export class DeveloperModeAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    settings: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0],
    credentials: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1],
    private readonly logger: Logger,
  ) {
    super(settings, credentials);
  }

  override createConnectorFactory(identity: Identity): ConnectorFactory {
    return loopbackOnly(super.createConnectorFactory(identity), this.logger);
  }
}
