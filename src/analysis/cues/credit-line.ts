/**
 * Credit lines, reports made by punctuation, found from the quotations and paragraphs rather than
 * from trigger words since no word reports:
 * - a quotation signed with a dash and a name, the convention of epigraphs, reader testimonials and
 *   quote collections ("“He represents our greatest shame.” ― Sonya Herridge"): the dash is the cue;
 * - a transcript's speaker label ("WALLACE: Let's start with …"): the colon is the cue, the rest of
 *   the paragraph what the speaker said.
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
  return [...signedQuotations(doc), ...speakerLabels(doc)];
}

function signedQuotations(doc: TextDocument): Cue[] {
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

/** A label in capitals before a colon at the start of a paragraph, inside the quotation that may open it. */
const SPEAKER_LABEL = /^[ \t]*["“]?([A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*){0,2})[ \t]*:[ \t]+(?=\S)/;

/**
 * A transcript gives turns: labels count only where at least two paragraphs open with one, so that a
 * lone "NEW DELHI:" dateline or "BREAKING:" banner is not taken for a speaker.
 */
function speakerLabels(doc: TextDocument): Cue[] {
  const exclusions = doc.sets.nonSpeakerLabels;
  if (exclusions.size === 0) return [];
  const cues: Cue[] = [];
  for (const paragraph of doc.paragraphs) {
    const label = SPEAKER_LABEL.exec(doc.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 48)));
    if (!label || label[1]!.replace(/[^A-Z]/g, '').length < 2) continue;
    const labelStart = paragraph.start + label[0].indexOf(label[1]!);
    const first = tokenAt(doc, labelStart);
    const colon = tokenAt(doc, paragraph.start + label[0].lastIndexOf(':'));
    // Read only where the paragraph was read (it holds a quotation or a cue word).
    if (doc.tokens[first]?.start !== labelStart || doc.tokens[colon]?.text !== ':') continue;
    const words = doc.tokens.slice(first, colon).filter((token) => token.word);
    if (words.some((token) => exclusions.has(token.lower))) continue;
    const opening = doc.quotes.find((quote) => quote.start >= paragraph.start && quote.start < labelStart);
    const contentEnd = opening && opening.end < paragraph.end ? opening.end : paragraph.end;
    const source = { first, end: colon };
    cues.push({
      first: colon,
      end: colon + 1,
      form: 'punctuation',
      reportsWords: true,
      source,
      sourceType: classifyPhrase(doc, source),
      sentence: doc.tokenSentence[colon]!,
      content: { start: doc.tokens[colon + 1]?.start ?? paragraph.end, end: contentEnd },
    });
  }
  return cues.length >= 2 ? cues : [];
}
