/**
 * Which language to answer in: the language the user typed, or their Teams
 * locale when the text does not tell (a button, an id, "help" from a Japanese
 * Teams client), or what the conversation used last.
 */
import type { Language } from '../domain/model.js';
import { detectLanguage } from '../nlu/languageDetector.js';

export function localeLanguage(locale: string | undefined): Language | undefined {
  if (!locale) return undefined;
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function chooseLanguage(text: string, locale: string | undefined, previous: Language | undefined): Language {
  const typed = detectLanguage(text);
  const fromLocale = localeLanguage(locale);
  // One or two Latin words ("help", "Gold?") say little about the language a
  // Japanese-locale user reads; longer English text does.
  if (typed === 'en' && fromLocale === 'ja' && text.trim().split(/\s+/).length <= 2) return 'ja';
  return typed ?? fromLocale ?? previous ?? 'en';
}
