/**
 * Parses a card with the real Adaptive Cards library (the same one the local
 * chat page renders with) and returns its parse errors and warnings: unknown
 * elements, bad properties, a version the host would not render.
 */
import { createRequire } from 'node:module';

interface ParseEvent {
  readonly phase: number;
  readonly event: number;
  readonly message: string;
}
interface AdaptiveCardInstance {
  parse(json: unknown, context: unknown): void;
  validateProperties(): { validationEvents: ParseEvent[] };
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => AdaptiveCardInstance;
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): ParseEvent };
}

// The package's ESM build cannot be imported by Node; its UMD bundle can.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

export function adaptiveCardProblems(content: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(content, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}
