/** Time as a dependency, so tests and the demo seed can pin "today". */
export interface Clock {
  now(): Date;
  /** Today's date in UTC as yyyy-mm-dd. */
  today(): string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => new Date().toISOString().slice(0, 10),
};

export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso), today: () => iso.slice(0, 10) };
}
