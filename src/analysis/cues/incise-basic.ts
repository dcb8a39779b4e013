/**
 * Incises under `basic` rules: the short report the writer sets into or after quoted words. French
 * glues the inverted subject pronoun to its verb ("écrit-il", "précise-t-on", "a-t-il ajouté"), and
 * Russian sets the comment off with a dash ("«…, — признается мой друг. — …»"). The guide labels an
 * incise even inside the quotation marks, as the writer's own cue (lang-dev README, "Nesting").
 */
import { phraseAfter } from '../source-phrase';
import type { Range } from '../types';
import type { CueRule } from './context';
import { sourceOf } from './cue';

/** A verb form with its inverted subject pronoun glued on: "écrit-il", "précise-t-on", "a-t-il". */
const GLUED = /^(.+?)-(?:t-)?([\p{L}]+)$/u;

/** Splits a glued form into its verb and pronoun parts, when the pronoun is one of the lexicon's. */
export function gluedParts(text: string, start: number, subjects: readonly string[]): { verb: string; pronoun: Range & { lower: string } } | undefined {
  const match = GLUED.exec(text.toLowerCase());
  if (!match || !subjects.includes(match[2]!)) return undefined;
  const pronounStart = start + text.length - match[2]!.length;
  return { verb: match[1]!, pronoun: { start: pronounStart, end: pronounStart + match[2]!.length, lower: match[2]! } };
}

/**
 * "…, écrit-il.", "…, précise-t-on.": a listed verb with its glued pronoun. The cue is the verb, the
 * source the pronoun ("on" is vague). An inverted question ("pense-t-il que … ?") is no incise.
 */
export const gluedInciseCue: CueRule = (cx, i) => {
  const token = cx.tokens[i]!;
  const parts = gluedParts(token.text, token.start, cx.lexicon.inciseSubjects ?? []);
  const entries = parts && cx.index.verbs.get(parts.verb);
  if (!parts || !entries || cx.doc.text[cx.doc.sentences[cx.sentence]!.end - 1] === '?') return undefined;
  const frame = entries[0]!.frame;
  return {
    first: i,
    end: i + 1,
    form: 'verb',
    reportsWords: frame !== 'belief',
    sourceType: parts.pronoun.lower === 'on' ? 'vague' : 'named',
    sentence: cx.sentence,
    within: { cue: { start: token.start, end: token.start + parts.verb.length }, source: parts.pronoun },
  };
};

/**
 * "«…, — признается мой друг. — …»": inside quotation marks, a listed verb right after a dash that
 * follows the quoted words' comma or end mark; its source is the phrase after it.
 */
export const dashInciseCue: CueRule = (cx, i) => {
  const { tokens, firstToken, endToken } = cx;
  const dash = tokens[i - 1];
  const mark = tokens[i - 2];
  if (i - 2 < firstToken || !dash || (dash.text !== '—' && dash.text !== '–') || !mark || !/^[,.!?…]$/.test(mark.text)) return undefined;
  const entries = cx.index.verbs.get(tokens[i]!.lower);
  if (!entries) return undefined;
  const source = phraseAfter(cx.doc, i + 1, endToken);
  return { first: i, end: i + 1, form: 'verb', reportsWords: entries[0]!.frame !== 'belief', ...sourceOf(cx, source), sentence: cx.sentence };
};
