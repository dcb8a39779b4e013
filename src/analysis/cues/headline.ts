import { isQuoteMark } from '../document';
import type { CueContext } from './context';
import type { Cue } from './cue';
import { pickEntry } from './verb-group';

/**
 * "Calls proposal modest He said his plan …": a run-in subhead, glued to the body as plain text
 * keeps it — a capitalised third-person verb, one to four lower-case words, then the body's first
 * word (a capitalised pronoun, article or preposition) or its opening quotation mark. Ordinary
 * sentences do not open on a bare "Calls" or "Asks", so the shape alone tells a subhead. Tried where
 * no other rule found a cue; returns the cue and the body's first token. Its source is found later
 * (creditHeadlines in attributions.ts).
 */
export function headlineCue(cx: CueContext, i: number): { cue: Cue; body: number } | undefined {
  const { doc, tokens, words: sets, firstToken, endToken, sentence } = cx;
  const token = tokens[i]!;
  const entry = i === firstToken && token.capital ? pickEntry(cx.index.verbs.get(token.lower) ?? [], tokens, i) : undefined;
  if (!entry || (entry.forms[0] !== token.lower && (entry.forms[1] !== token.lower || !token.lower.endsWith('s')))) return undefined;
  let end = i + 1;
  if (entry.particles?.includes(tokens[end]?.lower ?? '')) end += 1;
  let k = end;
  while (k < endToken && k < end + 4 && tokens[k]!.word && !tokens[k]!.capital) k += 1;
  const body = tokens[k];
  if (k === end || k >= endToken || !body) return undefined;
  const opensBody = body.word
    ? body.capital && (sets.clauseSubjects.has(body.lower) || sets.phraseBreakers.has(body.lower) || sets.vagueDeterminers.has(body.lower))
    : isQuoteMark(body) && doc.tokenQuote[k]! >= 0 && doc.quotes[doc.tokenQuote[k]!]!.start === body.start;
  if (!opensBody) return undefined;
  return { cue: { first: i, end, form: 'verb', reportsWords: entry.frame !== 'belief', sourceType: 'none', sentence }, body: k };
}
