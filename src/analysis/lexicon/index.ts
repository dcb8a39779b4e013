import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';
import type { LanguageCode, Lexicon } from './types';

export type { ClauseRules, LanguageCode, Lexicon, ReportingVerb, VerbFrame } from './types';

const lexicons: Record<LanguageCode, Lexicon> = { en, de, fr, es, ru };

export const LANGUAGES = Object.keys(lexicons) as LanguageCode[];

export function lexiconFor(lang: LanguageCode = 'en'): Lexicon {
  return lexicons[lang];
}
