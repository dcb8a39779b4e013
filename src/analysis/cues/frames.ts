/**
 * Reporting frames: what around a verb form shows that it reports (before "that", a quotation, a
 * colon; after a quotation; at the end of its clause…), for the verbs whose reporting sense is one of
 * several. The English verb rules ask these; the `basic` rules have their own (basic.ts).
 */
import { CLOSING_MARKS, isQuoteMark } from '../document';
import type { ReportingVerb } from '../lexicon';
import type { Token } from '../text-units';
import type { CueContext } from './context';

/**
 * Frames that make any reporting verb a report: before "that", a quotation or a colon; after a
 * quotation ("“…,” he added on Twitter"); with its particle ("pointed out").
 */
export function strongFrame(cx: CueContext, entry: ReportingVerb, i: number, end: number): boolean {
  const { tokens, firstToken, endToken } = cx;
  const next = end < endToken ? tokens[end] : undefined;
  const afterNext = end + 1 < endToken ? tokens[end + 1] : undefined;
  const previous = i > firstToken ? tokens[i - 1] : undefined;
  if (entry.particles && end - 1 > i && entry.particles.includes(tokens[end - 1]!.lower)) return true; // point out, call for
  if (next && (next.lower === 'that' || isQuoteMark(next) || next.text === ':')) return true;
  if (next?.text === ',' && (isQuoteMark(afterNext) || cx.words.citingWords.has(afterNext?.lower ?? ''))) return true;
  return previous !== undefined && (isQuoteMark(previous) || (previous.text === ',' && isQuoteMark(tokens[i - 2])) || subjectAfterQuotation(cx, i));
}

/**
 * "“…,” he added on Twitter", "“…,” the senator added": a short subject standing right after a
 * quotation that closes on its own punctuation makes the verb that follows it the report.
 */
function subjectAfterQuotation(cx: CueContext, i: number): boolean {
  const { doc, tokens, firstToken } = cx;
  let k = i - 1;
  while (k >= firstToken && k > i - 5 && tokens[k]!.word && doc.tokenQuote[k]! < 0) k -= 1;
  const mark = k >= firstToken ? tokens[k] : undefined;
  if (k === i - 1 || !mark || !isQuoteMark(mark) || doc.tokenQuote[k]! < 0 || doc.quotes[doc.tokenQuote[k]!]!.end !== mark.end) return false;
  let before = mark.start;
  while (before > 0 && CLOSING_MARKS.includes(doc.text[before - 1]!)) before -= 1;
  return /[,!?]/.test(doc.text[before - 1] ?? '');
}

/** A quotation opens right after, or after a comma or colon: "quipping, “…”". */
export function quotationNext(cx: CueContext, end: number): boolean {
  const { doc, tokens } = cx;
  const next = tokens[end];
  const at = next && (next.text === ',' || next.text === ':') ? end + 1 : end;
  const quote = doc.tokenQuote[at] ?? -1;
  return quote >= 0 && doc.quotes[quote]!.start === tokens[at]!.start;
}

/**
 * Whether a verb with other senses is used to report here: before "that", a quotation, a colon, a
 * wh-word or an infinitive; after a quotation; at the end of its clause; or, for belief verbs,
 * before a clause.
 */
export function inReportingFrame(cx: CueContext, entry: ReportingVerb, lemma: string, i: number, end: number): boolean {
  const { tokens, words, endToken } = cx;
  const next = end < endToken ? tokens[end] : undefined;
  const afterNext = end + 1 < endToken ? tokens[end + 1] : undefined;
  if (entry.frame === 'speech') {
    // "urges the council", "warned that"; but "Parking charges in the centre rose": an -s form before
    // a preposition heads a noun phrase unless a that-clause follows.
    if (words.addresseeVerbs.has(lemma)) {
      const pluralNoun = tokens[i]!.lower.endsWith('s') && words.prepositions.has(next?.lower ?? '') && !thatAhead(cx, end);
      return next !== undefined && next.word && next.lower !== 'for' && !/^\d/.test(next.text) && !pluralNoun;
    }
    return lemma === 'say' || (next?.lower !== 'for' && next?.lower !== 'about');
  }
  if (next && words.whWords.has(next.lower) && lemma !== 'call' && lemma !== 'show') return true;
  if (entry.frame === 'belief') {
    if (!next || next.text === '.' || next.text === ',') return previousClauseEnded(cx, i) || (!next && quotationInSentence(cx));
    if (lemma === 'expect' || words.asVerbs.has(lemma)) return thatAhead(cx, end) || (words.asVerbs.has(lemma) && hasAhead(cx, end, 8, (t) => t.lower === 'as'));
    if (words.modals.has(next.lower) || words.beForms.has(next.lower) || words.haveForms.has(next.lower)) return true; // "which Cotten felt could be spent"
    if (words.subjectPronouns.has(next.lower) || (words.determiners.has(next.lower) && next.lower !== 'said') || next.capital) return true;
    return thatAhead(cx, end);
  }
  // Verbs with other senses.
  // "asked for a loan" is a transaction (spec §2); "asked for another “initial” appropriation" reports a request.
  if (lemma === 'ask') return next !== undefined && ((next.lower === 'for' && quotationAhead(cx, end)) || words.whWords.has(next.lower) || hasAhead(cx, end, 6, (t) => t.lower === 'to' || t.lower === 'whether' || t.lower === 'if'));
  if (words.asVerbs.has(lemma) && hasAhead(cx, end, 12, (t) => t.lower === 'as' || isQuoteMark(t))) return true;
  if (lemma === 'call') return next !== undefined && words.calledObjects.has(next.lower) && afterNext?.word === true;
  if (next?.lower === 'to') return words.infinitiveVerbs.has(lemma);
  if (lemma === 'show') return false;

  if (thatAhead(cx, end) || quotationAhead(cx, end)) return true;
  // A clause-final report: "…, media reported on Saturday."
  if (!next || next.text === '.' || next.text === ';') return true;
  if (next.text === ',') return previousClauseEnded(cx, i);
  if (words.subjectPronouns.has(next.lower) && !words.objectPronouns.has(next.lower)) return true;
  return words.timeAdverbials.has(next.lower) && (afterNext === undefined || !afterNext.word || words.timeAdverbials.has(afterNext.lower));
}

/**
 * A passive without an agent reports only where the verb always reports in the passive ("was rumored",
 * "is expected to"), before "that", "as" or "whether", or as a closing aside (", it was learned").
 */
export function passiveFrame(cx: CueContext, lemma: string, participle: string, end: number, subjectEnd: number): boolean {
  const { tokens, words, endToken: sentenceEnd } = cx;
  const next = end < sentenceEnd ? tokens[end] : undefined;
  if (words.reportingPassives.has(participle)) return true;
  if (!next || !next.word) return tokens[subjectEnd - 1]?.lower === 'it';
  if (['that', 'whether', 'if'].includes(next.lower) || isQuoteMark(next)) return true;
  if (next.lower === 'to' && words.infinitivePassives.has(participle)) return true;
  if (words.asVerbs.has(lemma) && hasAhead(cx, end, 6, (t) => t.lower === 'as')) return true;
  return thatAhead(cx, end);
}

/**
 * "President Kennedy today proposed a mammoth new program", "He further proposed grants": a past or
 * present form with its object (a determiner or a plural noun), not "of proposed plans" or "promising colts".
 */
export function proposalFollows(cx: CueContext, lemma: string, i: number, end: number): boolean {
  const { tokens, words, endToken: sentenceEnd } = cx;
  const verb = tokens[i]!;
  const previous = tokens[i - 1];
  const next = end < sentenceEnd ? tokens[end] : undefined;
  if (!words.proposingVerbs.has(lemma) || verb.lower.endsWith('ing') || !next?.word || next.capital) return false;
  if (previous && (words.prepositions.has(previous.lower) || previous.text === ',')) return false;
  return words.determiners.has(next.lower) || (/[^s]s$/.test(next.lower) && !words.timeAdverbials.has(next.lower));
}

/** "concluded after holding talks in January that …": a "that" a few words on, with no comma between. */
function thatAhead(cx: CueContext, from: number): boolean {
  const { tokens, endToken: limit } = cx;
  for (let k = from; k < limit && k < from + 8; k += 1) {
    if (tokens[k]!.lower === 'that') return true;
    if (!tokens[k]!.word) return false;
  }
  return false;
}

/** "pleads with the administration to “give …”": a quotation a few words on reports what was said. */
function quotationAhead(cx: CueContext, from: number): boolean {
  const { tokens, endToken: limit } = cx;
  for (let k = from; k < limit && k < from + 10; k += 1) {
    if (isQuoteMark(tokens[k])) return true;
    if (!tokens[k]!.word && tokens[k]!.text !== ',') return false;
  }
  return false;
}

function hasAhead(cx: CueContext, from: number, count: number, test: (token: Token) => boolean): boolean {
  const { tokens, endToken: limit } = cx;
  for (let k = from; k < limit && k < from + count; k += 1) if (test(tokens[k]!)) return true;
  return false;
}

function quotationInSentence(cx: CueContext): boolean {
  const { doc, firstToken, endToken } = cx;
  for (let k = firstToken; k < endToken; k += 1) if (doc.tokenQuote[k]! >= 0) return true;
  return false;
}

/** A comma or a quotation comes shortly before the subject: the verb closes a report ("…, media reported"). */
function previousClauseEnded(cx: CueContext, i: number): boolean {
  for (let k = i - 1; k >= cx.firstToken && k >= i - 6; k -= 1) {
    const token = cx.tokens[k]!;
    if (token.text === ',' || isQuoteMark(token)) return true;
  }
  return false;
}
