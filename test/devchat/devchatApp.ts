/**
 * The real app in developer mode with the local chat page and the tab
 * mounted exactly as `npm start` mounts them, on a temporary store.
 */
import { devChatMounts, DevChatLog } from '../../src/devchat/index.js';
import { tabMounts, type TabOptions } from '../../src/tab/index.js';
import { startTestApp, type TestApp } from '../helpers/testApp.js';

export interface DevChatApp extends TestApp {
  readonly log: DevChatLog;
  readonly connectorUrl: string;
}

export async function startDevChatApp(env: Record<string, string> = {}, tab: TabOptions = {}): Promise<DevChatApp> {
  const log = new DevChatLog();
  const test = await startTestApp(
    { DEMO_ACTIVATION_DELAY_SECONDS: '1', ...env },
    { mounts: (services) => [...(services.config.developerMode ? devChatMounts(services, log) : []), ...tabMounts(services, tab)] },
  );
  return { ...test, log, connectorUrl: `${test.app.url}/devchat/connector/` };
}
