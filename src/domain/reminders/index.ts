/** Reminders to partner admins: which events are due, and their storage seams. */
export * from './reminderTypes.js';
export * from './reminderRules.js';
export * from './businessDays.js';
