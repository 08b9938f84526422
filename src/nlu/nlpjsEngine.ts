import { createRequire } from 'node:module';
import type { Language } from '../domain/model.js';

/**
 * The one seam to nlp.js, which ships no types. Only the calls this module
 * makes are declared, and the untyped modules are cast once, here.
 */
interface NlpjsContainer {
  use(plugin: unknown): void;
  get(name: string): unknown;
  register(name: string, value: unknown, isSingleton?: boolean): void;
}

interface NlpjsClassification {
  intent: string;
  score: number;
}

interface NlpjsNlp {
  settings: { autoSave?: boolean; autoLoad?: boolean; calculateSentiment?: boolean };
  nluManager: { settings: { log?: boolean } };
  addLanguage(locales: string[]): void;
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  classify(locale: string, utterance: string): Promise<{ classifications?: NlpjsClassification[] }>;
  export(minified?: boolean): string;
  import(model: string): void;
}

interface NlpjsCore {
  containerBootstrap(): Promise<NlpjsContainer>;
}

interface NlpjsPlugins {
  Nlp?: unknown;
  LangEn?: unknown;
  LangJa?: unknown;
}

const require = createRequire(import.meta.url);

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
}

async function createNlp(): Promise<NlpjsNlp> {
  // The parts, not @nlpjs/basic: its bundled logger prints a deprecation warning at every start.
  const { containerBootstrap } = require('@nlpjs/core') as NlpjsCore;
  const { Nlp } = require('@nlpjs/nlp') as NlpjsPlugins;
  const { LangEn } = require('@nlpjs/lang-en') as NlpjsPlugins;
  const { LangJa } = require('@nlpjs/lang-ja') as NlpjsPlugins;
  const container = await containerBootstrap();
  container.register('logger', silentLogger, true);
  container.use(Nlp);
  container.use(LangEn);
  container.use(LangJa);
  const nlp = container.get('nlp') as NlpjsNlp;
  // No model file on disk and no sentiment pass: both are wasted work here.
  nlp.settings.autoSave = false;
  nlp.settings.autoLoad = false;
  nlp.settings.calculateSentiment = false;
  nlp.nluManager.settings.log = false;
  nlp.addLanguage(['en', 'ja']);
  return nlp;
}

function wrap(nlp: NlpjsNlp): IntentClassifier {
  return {
    async classify(language, text) {
      const result = await nlp.classify(language, text);
      return (result.classifications ?? []).map(({ intent, score }) => ({ intent, score }));
    },
    exportModel: () => nlp.export(true),
  };
}

export async function trainClassifier(
  documents: readonly { language: Language; intent: string; utterance: string }[],
): Promise<IntentClassifier> {
  const nlp = await createNlp();
  for (const doc of documents) nlp.addDocument(doc.language, doc.utterance, doc.intent);
  await nlp.train();
  return wrap(nlp);
}

export async function importClassifier(model: string): Promise<IntentClassifier> {
  const nlp = await createNlp();
  nlp.import(model);
  return wrap(nlp);
}
