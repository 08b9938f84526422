/**
 * Every retry loop ends: a delivery that keeps failing is given up after the
 * configured number of attempts or age, and left where the helpdesk sees it.
 */
import type { Config } from '../../config.js';
import type { DeliveryLimits } from '../../domain/handoff/ticketOutbox.js';

export type { DeliveryLimits };

export function deliveryLimits(config: Pick<Config, 'deliveryMaxAttempts' | 'deliveryMaxAgeHours'>): DeliveryLimits {
  return { maxAttempts: config.deliveryMaxAttempts, maxAgeMs: config.deliveryMaxAgeHours * 3_600_000 };
}

/** True when a delivery failing since `since` with `attempts` failures so far should not be tried again. */
export function pastLimits(attempts: number, since: string, now: Date, limits: DeliveryLimits): boolean {
  return attempts >= limits.maxAttempts || now.getTime() - Date.parse(since) >= limits.maxAgeMs;
}
