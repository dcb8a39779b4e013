/**
 * Credit lines: a quotation signed with a dash and a name, the convention of epigraphs, reader
 * testimonials and quote collections ("“He represents our greatest shame.” ― Sonya Herridge"). The
 * dash is the cue: no word reports, so these are found from the quotations, not from trigger words.
 */
import { tokenAt, type TextDocument } from '../document';
import type { Cue } from './cue';
import { classifyPhrase } from '../source-phrase';

/** The dashes that sign a quotation: horizontal bar, em and en dash, or two hyphens typed for one. */
const SIGNING_DASH = /^[ \t\u00a0]*(?:\u2015|\u2014|\u2013|--)[ \t\u00a0]*/;

/** Lower-case particles inside a name ("Ursula von der Leyen", "Charles de Gaulle"). */
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'der', 'van', 'von', 'la', 'le', 'al', 'bin', 'di', 'du']);

/** The longest signature read as a name. */
const MAX_NAME_TOKENS = 6;

export function creditLineCues(doc: TextDocument): Cue[] {
  const cues: Cue[] = [];
  // Testimonials run together when their line breaks are lost: "… ― Pamela Padilla “Trump must …” ― …".
  let signatureEndsAt = -1;
  for (const quote of doc.quotes) {
    if (quote.depth > 0 || quote.unclosed) continue;
    if (!opensItsLine(doc, quote.start) && doc.text.slice(signatureEndsAt, quote.start).trim() !== '') continue;
    const dash = SIGNING_DASH.exec(doc.text.slice(quote.end, quote.end + 8));
    if (!dash) continue;
    const first = tokenAt(doc, quote.end);
    const nameFirst = tokenAt(doc, quote.end + dash[0].length);
    const nameEnd = signatureEnd(doc, nameFirst);
    if (nameEnd === undefined || first >= nameFirst) continue;
    const source = { first: nameFirst, end: nameEnd };
    signatureEndsAt = doc.tokens[nameEnd - 1]!.end;
    cues.push({
      first,
      end: nameFirst,
      form: 'punctuation',
      reportsWords: true,
      source,
      sourceType: classifyPhrase(doc, source),
      sentence: doc.tokenSentence[first]!,
      content: { start: quote.start, end: quote.end },
    });
  }
  return cues;
}

/** A signed quotation stands alone: nothing but white space or an opening bracket before it in its paragraph or sentence. */
function opensItsLine(doc: TextDocument, offset: number): boolean {
  let k = offset;
  while (k > 0 && /[ \t\u00a0(]/.test(doc.text[k - 1]!)) k -= 1;
  return k === 0 || /[\n.!?…"”’»]/.test(doc.text[k - 1]!);
}

/**
 * One past the last token of a name that signs a quotation: capitalised words (with initials and
 * name particles) ending the paragraph, or followed by a comma and a description, a bracket, or the
 * next signed quotation. A lower-case word after them ("— Trump said") makes them a clause instead.
 */
function signatureEnd(doc: TextDocument, from: number): number | undefined {
  const { tokens } = doc;
  const paragraph = doc.sentences[doc.tokenSentence[from] ?? -1]?.paragraph;
  if (paragraph === undefined || !tokens[from]?.word || !tokens[from]!.capital) return undefined;
  const paragraphEnd = doc.paragraphs[paragraph]!.end;
  let k = from;
  while (k < tokens.length && k < from + MAX_NAME_TOKENS && tokens[k]!.start < paragraphEnd) {
    const token = tokens[k]!;
    const initial = token.text === '.' && tokens[k - 1]?.capital === true && tokens[k - 1]!.text.length === 1;
    const joiner = (token.text === '-' || token.text === '\'' || token.text === '’') && tokens[k + 1]?.capital === true;
    if (!(token.word && (token.capital || NAME_PARTICLES.has(token.lower))) && !initial && !joiner) break;
    k += 1;
  }
  if (!tokens[k - 1]?.word || !tokens[k - 1]!.capital) return undefined;
  const next = tokens[k];
  if (!next || next.start >= paragraphEnd) return k;
  return next.text === ',' || next.text === '(' || next.text === '“' || next.text === '"' || next.text === '.' ? k : undefined;
}
