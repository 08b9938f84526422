/**
 * The local chat page and its connector emulation: developer mode only (the
 * composition root mounts these only when authentication is off). A newcomer
 * can try every flow, as any demo persona and as the helpdesk, without Teams.
 */
import type restify from 'restify';
import type { BotServices } from '../bot/botServices.js';
import type { RouteMounter } from '../http/server.js';
import { projectPath } from '../projectRoot.js';
import { mountStaticFiles } from '../tab/staticAsset.js';
import { buildChatSetup, personalConversationId } from './chatSetup.js';
import { DevChatLog } from './chatLog.js';
import { mountEventStream } from './eventStream.js';
import { mountLocalConnector } from './localConnector.js';
import { registerWhenListening } from './localHelpdesk.js';

export { DevChatLog, baseConversationId, type ChatEvent } from './chatLog.js';
export { CONNECTOR_PATH } from './localConnector.js';
export { personalConversationId };

export const DEVCHAT_PATH = '/devchat';

const page = (file: string): string => projectPath('src', 'devchat', 'public', file);

export function devChatMounts(services: BotServices, log: DevChatLog = new DevChatLog()): RouteMounter[] {
  return [
    (server: restify.Server) => {
      registerWhenListening(server.server, services.repos, services.logger);
      mountLocalConnector(server, log, services.repos);
      mountEventStream(server, log);
      server.get('/devchat/setup', async (_req: restify.Request, res: restify.Response) => {
        res.send(200, await buildChatSetup(services.repos));
      });
      mountStaticFiles(server, {
        [DEVCHAT_PATH]: page('index.html'),
        '/devchat/devchat.css': page('devchat.css'),
        '/devchat/devchat.js': page('devchat.js'),
        '/devchat/chatPane.js': page('chatPane.js'),
        '/devchat/i18n.js': page('i18n.js'),
        '/devchat/activityFactory.js': page('activityFactory.js'),
        '/devchat/cardView.js': page('cardView.js'),
        '/devchat/connection.js': page('connection.js'),
        // The Adaptive Cards HTML renderer, served locally: nothing comes from the internet.
        '/devchat/vendor/adaptivecards.min.js': projectPath('node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js'),
      });
    },
  ];
}
