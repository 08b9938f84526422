/**
 * One RoutingService per running bot, built from the services the
 * composition root made. Kept here rather than in BotServices so the routing
 * feature adds no field to a shared type; start() builds it at start-up, so
 * broken routing rules stop the bot before the first conversation.
 */
import { RoutingService } from '../../../domain/routing/index.js';
import type { BotServices } from '../../botServices.js';

const built = new WeakMap<BotServices, RoutingService>();

export function routingServiceFor(services: BotServices): RoutingService {
  let service = built.get(services);
  if (!service) {
    service = RoutingService.create(services.rules, services.repos, services.entitlements, services.clock);
    built.set(services, service);
  }
  return service;
}
