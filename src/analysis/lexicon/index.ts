import { en } from './en';
import type { Lexicon } from './types';

export type { Lexicon, ReportingVerb, VerbFrame } from './types';

const lexicons: Record<'en', Lexicon> = { en };

export function lexiconFor(lang: 'en' = 'en'): Lexicon {
  return lexicons[lang];
}
