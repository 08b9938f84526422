import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadIndependentSet } from '../../src/bot/evaluation/independentSet.js';
import { LANGUAGES, loadOutOfDomain } from '../../src/nlu/corpus.js';
import { NLU_DATA } from '../../src/nlu/dataFiles.js';
import { intentNames } from '../../src/nlu/intents.js';
import { normalizeText } from '../../src/nlu/textNormalizer.js';

// Read raw, without parseCorpus, so the test sees exactly what is on disk.
const raw = (dir: string, language: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(dir, `${language}.json`), 'utf8')) as Record<string, unknown>;

const files = LANGUAGES.flatMap((language) => [
  { name: `corpus/${language}`, language, data: raw(NLU_DATA.corpusDir, language) },
  { name: `heldout/${language}`, language, data: raw(NLU_DATA.heldOutDir, language) },
  { name: `heldout/paraphrases.${language}`, language, data: raw(NLU_DATA.heldOutDir, `paraphrases.${language}`) },
]);

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

describe.each(files)('$name', ({ data }) => {
  it('has every intent and nothing else', () => {
    expect(Object.keys(data).sort()).toEqual([...intentNames].sort());
  });

  it.each(intentNames)('%s: non-empty strings only, no repeats', (intent) => {
    const list = data[intent];
    expect(Array.isArray(list)).toBe(true);
    const utterances = strings(list);
    expect(utterances).toHaveLength((list as unknown[]).length);
    expect(utterances.length).toBeGreaterThan(0);
    for (const utterance of utterances) expect(utterance.trim()).not.toBe('');
    expect(new Set(utterances.map(normalizeText)).size).toBe(utterances.length);
  });
});

describe.each(LANGUAGES)('training vs held-out (%s)', (language) => {
  const training = raw(NLU_DATA.corpusDir, language);
  const heldOut = raw(NLU_DATA.heldOutDir, language);

  it('shares no utterance, even after normalisation', () => {
    const seen = new Set(intentNames.flatMap((intent) => strings(training[intent]).map(normalizeText)));
    const leaked = intentNames.flatMap((intent) => strings(heldOut[intent]).filter((u) => seen.has(normalizeText(u))));
    expect(leaked).toEqual([]);
  });

  it('shares no utterance with the paraphrase set, even after normalisation', () => {
    const paraphrases = raw(NLU_DATA.heldOutDir, `paraphrases.${language}`);
    const seen = new Set(intentNames.flatMap((intent) => [...strings(training[intent]), ...strings(heldOut[intent])].map(normalizeText)));
    const leaked = intentNames.flatMap((intent) => strings(paraphrases[intent]).filter((u) => seen.has(normalizeText(u))));
    expect(leaked).toEqual([]);
  });

  it('never trains on a question of the independent or blind sets, even after normalisation', () => {
    const seen = new Set([
      ...intentNames.flatMap((intent) => strings(training[intent]).map(normalizeText)),
      ...loadOutOfDomain(NLU_DATA.corpusDir)[language].map(normalizeText),
    ]);
    const leaked = [...loadIndependentSet(language), ...loadIndependentSet(language, 'blind')].filter((q) => seen.has(normalizeText(q.q)) || seen.has(normalizeText(q.q).replace(/[?？。.!！]+$/, '')));
    expect(leaked.map((q) => q.id)).toEqual([]);
  });

  it('has 25+ training and 8+ held-out utterances per intent', () => {
    const thin = intentNames.filter((intent) => strings(training[intent]).length < 25 || strings(heldOut[intent]).length < 8);
    expect(thin).toEqual([]);
  });
});

describe('out-of-domain lists', () => {
  const training = loadOutOfDomain(NLU_DATA.corpusDir);
  const heldOut = loadOutOfDomain(NLU_DATA.heldOutDir);

  it.each(LANGUAGES)('%s: held-out never repeats training, and neither repeats an intent utterance', (language) => {
    const intentUtterances = new Set(
      [NLU_DATA.corpusDir, NLU_DATA.heldOutDir].flatMap((dir) => {
        const data = raw(dir, language);
        return intentNames.flatMap((intent) => strings(data[intent]).map(normalizeText));
      }),
    );
    const trainingSet = new Set(training[language].map(normalizeText));
    expect(heldOut[language].filter((u) => trainingSet.has(normalizeText(u)))).toEqual([]);
    expect([...training[language], ...heldOut[language]].filter((u) => intentUtterances.has(normalizeText(u)))).toEqual([]);
  });
});
