/**
 * Reminders the bot sends partner admins before a problem: what an event is,
 * who hears about it, and the thresholds the operator sets.
 */
import type { BenefitKind, CloudPackage, Language } from '../model.js';

export type ReminderKind = 'incidentsLow' | 'incidentsUsedUp' | 'contractEnding' | 'contractEnded' | 'activationPending';

export interface ReminderThresholds {
  /** "Running low" at this many incidents left or fewer (default 3)… */
  readonly lowIncidents: number;
  /** …or at this share of the contract's incidents left or less, in percent (default 20). */
  readonly lowPercent: number;
  /** "Ending soon" this many days before the end date (default 30). */
  readonly endingDays: number;
  /** An activation request pending longer than this many business days is overdue (default 5). */
  readonly pendingBusinessDays: number;
}

export const DEFAULT_THRESHOLDS: ReminderThresholds = { lowIncidents: 3, lowPercent: 20, endingDays: 30, pendingBusinessDays: 5 };

/** The longest "ending soon" window an operator may set, in days (bounds how long an ended reminder can come due). */
export const LONGEST_ENDING_DAYS = 366;

/** What the reminder is about; no secrets (IDs are masked by the caller that shows them). */
export interface ReminderSubject {
  readonly contractKey?: string;
  readonly benefit?: BenefitKind;
  readonly cloudPackage?: CloudPackage;
  readonly incidentsTotal?: number | null;
  readonly incidentsRemaining?: number | null;
  readonly endDate?: string;
  readonly daysLeft?: number;
  readonly requestedAt?: string;
  readonly businessDaysPending?: number;
}

/** One event that one person should hear about once. */
export interface ReminderEvent {
  /** Unique per event and recipient: the idempotency key of the "sent" marker. */
  readonly key: string;
  readonly kind: ReminderKind;
  readonly tenantId: string;
  readonly companyName: string;
  readonly recipient: string;
  readonly subject: ReminderSubject;
  /**
   * The last day (yyyy-mm-dd, UTC) on which this event can come due, whatever
   * the thresholds; its "sent" marker is needed until then. Absent when no
   * such day is known (a pending activation can stay pending).
   */
  readonly dueUntil?: string;
}

/** A person's wish about reminders, by their directory identity. */
export interface ReminderPreference {
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly optedOut: boolean;
  readonly at: string;
  /** Language of the chat where they said it, for later cards. */
  readonly language?: Language;
}

export interface ReminderPreferenceRepository {
  find(tenantId: string, aadObjectId: string): Promise<ReminderPreference | undefined>;
  save(preference: ReminderPreference): Promise<void>;
}
