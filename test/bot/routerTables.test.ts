/**
 * The router's tables come from the set of features: a set that leaves a
 * topic or card verb unanswered does not compile, and two features answering
 * the same one stop start-up instead of one silently replacing the other.
 */
import type { Feature } from '../../src/bot/feature.js';
import { createConversationFeature } from '../../src/bot/features/conversation/index.js';
import { routerTables } from '../../src/bot/routerTables.js';
import { textReply } from '../../src/bot/reply.js';

const conversation = createConversationFeature({ allIntents: () => ({}) as never });
const politeToo: Feature<'thanks'> = { intents: { thanks: async () => [textReply('you are welcome')] }, verbs: {} };
const interceptor = async (): Promise<undefined> => undefined;

describe('router tables', () => {
  it('are assembled from the features, their interceptors in the order of the set', () => {
    const first: Feature = { intents: {}, verbs: {}, interceptors: [interceptor] };
    // @ts-expect-error -- most topics and verbs have no feature in this set
    const tables = routerTables({ first, conversation });
    expect(Object.keys(tables.intents).sort()).toEqual(['greeting', 'help', 'thanks']);
    expect(Object.keys(tables.verbs)).toEqual(['ask']);
    expect(tables.interceptors).toEqual([interceptor]);
  });

  it('refuse two features answering the same topic', () => {
    // @ts-expect-error -- incomplete set, as above
    expect(() => routerTables({ conversation, politeToo })).toThrow('Two features answer the intent "thanks".');
  });
});
