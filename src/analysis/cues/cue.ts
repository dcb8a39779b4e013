/**
 * The cue layer: one attribution cue (said, according to, reportedly, it is believed that…) with the
 * phrase it credits, as the rules under cues/ find it and relations.ts reads it.
 */
import { classifyPhrase, isPronounPhrase, type SourcePhrase } from '../source-phrase';
import type { Range, SourceType } from '../types';
import type { CueContext } from './context';

export type CueForm = 'verb' | 'passive' | 'preposition' | 'clausal' | 'noun' | 'adverb' | 'punctuation';

export interface Cue {
  /** First token and one past the last token of the cue. */
  first: number;
  end: number;
  form: CueForm;
  /** The cue reports words (said, told, according to) rather than a belief or knowledge. */
  reportsWords: boolean;
  source?: SourcePhrase;
  sourceType: SourceType;
  sentence: number;
  /** What it credits, where the rule that found the cue knows it (a signed quotation); otherwise relations.ts finds it. */
  content?: Range;
  /**
   * Character ranges for a cue or source that is only part of a token: French glues the subject
   * pronoun of an incise to its verb ("écrit-il": cue "écrit", source "il").
   */
  within?: { cue?: Range; source?: Range };
  /**
   * No source is written in the clause, but one stands before it: a dropped subject ("agregó que"),
   * a participle adjunct ("…, précisant que"), "hieß es" after the body was named. `basic` rules
   * give such a cue the source of the cue before it (cues/source-before-basic.ts).
   */
  sourceBefore?: boolean;
}

/** A cue's source fields: the phrase, named or vague (a pronoun counts as named until resolvePronouns); none without one. */
export function sourceOf(cx: CueContext, phrase: SourcePhrase | undefined): { source?: SourcePhrase; sourceType: SourceType } {
  if (!phrase) return { sourceType: 'none' };
  return { source: phrase, sourceType: isPronounPhrase(cx.doc, phrase) ? 'named' : classifyPhrase(cx.doc, phrase) };
}
