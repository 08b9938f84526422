import { createRequire } from 'node:module';
import type { Language } from '../domain/model.js';
import { isJapaneseFunctionWord, japaneseTokens } from './japaneseTokens.js';

/**
 * The one seam to nlp.js, which ships no types. Only the calls this module
 * makes are declared, and the untyped modules are cast once, here.
 */
interface NlpjsContainer {
  use(plugin: unknown): void;
  get(name: string): unknown;
  register(name: string, value: unknown, isSingleton?: boolean): void;
  registerConfiguration(tag: string, configuration: object, overwrite?: boolean): void;
}

interface NlpjsClassification {
  intent: string;
  score: number;
}

/** One locale's trained network; intentFeatures: the words each intent was trained on. */
interface NlpjsDomain {
  intentFeatures?: Record<string, Record<string, number>>;
}

interface NlpjsNlp {
  settings: { autoSave?: boolean; autoLoad?: boolean; calculateSentiment?: boolean };
  nluManager: {
    settings: { log?: boolean };
    domainManagers: Record<string, { domains: Record<string, NlpjsDomain | undefined> } | undefined>;
  };
  addLanguage(locales: string[]): void;
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  classify(locale: string, utterance: string): Promise<{ classifications?: NlpjsClassification[] }>;
  export(minified?: boolean): string;
  import(model: string): void;
}

/**
 * nlp.js's memos: on a trained domain, `cache.results[locale][text]` (the text's
 * prepared tokens); on the tokenizer, `cache.normalized[text]` and
 * `cache.nonNormalized[text]`; on the stemmer, `cache[word]`.
 */
interface NlpjsTextMemo {
  cache?: Record<string, unknown>;
}

const entriesIn = (memo: unknown): number => (memo && typeof memo === 'object' ? Object.keys(memo).length : 0);

interface NlpjsCore {
  containerBootstrap(): Promise<NlpjsContainer>;
}

interface NlpjsPlugins {
  Nlp?: unknown;
  LangEn?: unknown;
}

const require = createRequire(import.meta.url);

/**
 * Japanese for nlp.js without @nlpjs/lang-ja, whose stemmer loads kuromoji's
 * dictionaries (~300 MB). nlp.js looks these up by name per locale. The text
 * arrives already normalised (classifierInput), so the normaliser only has to
 * keep nlp.js's default one, which decomposes kana (NFD), away; the words are
 * the features, so the stemmer passes them through.
 */
const japanese = {
  'normalizer-ja': { normalize: (text: string): string => text },
  'tokenizer-ja': { tokenize: (text: string): string[] => japaneseTokens(text) },
  'stemmer-ja': { stem: (tokens: string[]): string[] => tokens },
} as const;

/**
 * Training of the Japanese network. nlp.js trains until the error stops
 * falling (about 100 passes here), which fits the segmenter's function-word
 * features too closely: particles ended up deciding intents. Fewer, smaller
 * steps measured best on the held-out and paraphrase sets and in 5-fold
 * cross-validation of the corpus, with the same results from 30 to 60
 * passes and learning rates 0.2 to 0.4 (docs/benchmarks.md).
 */
const JAPANESE_TRAINING = { iterations: 40, learningRate: 0.3 };

/**
 * nlp.js's per-locale settings replace its defaults as a whole, so the two
 * defaults that matter (one network for all intents; an exact training
 * sentence answers itself) are restated.
 */
const japaneseDomainSettings = {
  nluByDomain: { default: { className: 'NeuralNlu', settings: JAPANESE_TRAINING } },
  trainByDomain: false,
  useStemDict: true,
};

/** nlp.js's own logger would print training progress; the bot logs through pino. */
const silentLogger = { debug(): void {}, info(): void {}, warn(): void {}, error(): void {}, log(): void {}, trace(): void {} };

export interface Classification {
  readonly intent: string;
  readonly score: number;
}

/** A trained (or imported) nlp.js model for English and Japanese. */
export interface IntentClassifier {
  classify(language: Language, text: string): Promise<Classification[]>;
  /** The model as JSON, for the on-disk cache. */
  exportModel(): string;
  /** How many texts nlp.js holds memoised: at most about NLPJS_MEMO_CLASSIFICATIONS per memo. */
  rememberedTexts(): number;
}

/**
 * nlp.js remembers every text it classified (its tokens, per locale), every
 * tokenised text and every stemmed word, and empties those memos only once an
 * hour: under a stream of new questions they grew by ~3.5 MB in a minute of
 * the bench, and without bound on a busy hour. Repeated texts are served by
 * the bot's own bounded cache before they reach nlp.js (UNDERSTANDING_CACHE),
 * so these memos are cleared every this many classifications: each then holds
 * at most about a thousand entries (~0.3 MB), and a word is stemmed again at
 * most once per thousand questions.
 */
export const NLPJS_MEMO_CLASSIFICATIONS = 1000;

interface CreatedNlp {
  readonly nlp: NlpjsNlp;
  /** Empties nlp.js's per-text and per-word memos (see NLPJS_MEMO_CLASSIFICATIONS). */
  readonly forgetTexts: () => void;
  /** How many texts those memos hold now. */
  readonly rememberedTexts: () => number;
}

async function createNlp(): Promise<CreatedNlp> {
  // The parts, not @nlpjs/basic: its bundled logger prints a deprecation warning at every start.
  const { containerBootstrap } = require('@nlpjs/core') as NlpjsCore;
  const { Nlp } = require('@nlpjs/nlp') as NlpjsPlugins;
  const { LangEn } = require('@nlpjs/lang-en') as NlpjsPlugins;
  const container = await containerBootstrap();
  container.register('logger', silentLogger, true);
  container.use(Nlp);
  container.use(LangEn);
  for (const [name, plugin] of Object.entries(japanese)) container.register(name, plugin, true);
  container.registerConfiguration('domain-manager-ja', japaneseDomainSettings);
  const nlp = container.get('nlp') as NlpjsNlp;
  // No model file on disk and no sentiment pass: both are wasted work here.
  nlp.settings.autoSave = false;
  nlp.settings.autoLoad = false;
  nlp.settings.calculateSentiment = false;
  nlp.nluManager.settings.log = false;
  nlp.addLanguage(['en', 'ja']);
  const domains = (): NlpjsTextMemo[] =>
    Object.values(nlp.nluManager.domainManagers).flatMap((manager) => Object.values(manager?.domains ?? {}) as NlpjsTextMemo[]);
  const tokenizer = (): NlpjsTextMemo | undefined => container.get('tokenizer-en') as NlpjsTextMemo | undefined;
  const forgetTexts = (): void => {
    // A domain's memo also holds its pipeline steps: only the texts go. The tokenizer and stemmer rebuild theirs.
    for (const domain of domains()) if (domain.cache?.results) domain.cache.results = {};
    const words = tokenizer();
    if (words) words.cache = undefined;
    const stemmer = container.get('stemmer-en') as NlpjsTextMemo | undefined;
    if (stemmer) stemmer.cache = {};
  };
  const rememberedTexts = (): number => {
    let count = 0;
    for (const domain of domains()) for (const byText of Object.values((domain.cache?.results ?? {}) as Record<string, unknown>)) count += entriesIn(byText);
    const memo = tokenizer()?.cache;
    return count + entriesIn(memo?.normalized) + entriesIn(memo?.nonNormalized);
  };
  return { nlp, forgetTexts, rememberedTexts };
}

/**
 * See isJapaneseFunctionWord. The network keeps these words as features;
 * only the "was any word of this message seen in this intent" check (nlp.js
 * scores an intent 0 otherwise) stops counting them. Exported models carry
 * the pruned lists, so an imported model behaves the same.
 */
function ignoreJapaneseFunctionWordsForActivation(nlp: NlpjsNlp): void {
  const domains = nlp.nluManager.domainManagers.ja?.domains ?? {};
  for (const domain of Object.values(domains)) {
    for (const words of Object.values(domain?.intentFeatures ?? {})) {
      for (const word of Object.keys(words)) if (isJapaneseFunctionWord(word)) delete words[word];
    }
  }
}

function wrap({ nlp, forgetTexts, rememberedTexts }: CreatedNlp): IntentClassifier {
  let sinceForgotten = 0;
  return {
    async classify(language, text) {
      sinceForgotten += 1;
      if (sinceForgotten > NLPJS_MEMO_CLASSIFICATIONS) {
        sinceForgotten = 1;
        forgetTexts();
      }
      const result = await nlp.classify(language, text);
      return (result.classifications ?? []).map(({ intent, score }) => ({ intent, score }));
    },
    exportModel: () => nlp.export(true),
    rememberedTexts,
  };
}

export async function trainClassifier(
  documents: readonly { language: Language; intent: string; utterance: string }[],
): Promise<IntentClassifier> {
  const created = await createNlp();
  const { nlp } = created;
  for (const doc of documents) nlp.addDocument(doc.language, doc.utterance, doc.intent);
  await nlp.train();
  ignoreJapaneseFunctionWordsForActivation(nlp);
  return wrap(created);
}

export async function importClassifier(model: string): Promise<IntentClassifier> {
  const created = await createNlp();
  created.nlp.import(model);
  return wrap(created);
}
