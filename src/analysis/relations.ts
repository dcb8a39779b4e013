/**
 * Attribution relations: each cue with its source and its content, the words or proposition it
 * credits (guide section 2, as PARC and PolNeAR mark it). Quotation classes are read off these
 * relations, so one model says who said what.
 *
 * The content is found from where the report (cue and source) stands in its sentence:
 * - after the material ("…, officials said."; "“…,” said Hughes."): the sentence before it;
 * - set off inside it ("The plan, he said, is dead."): the whole sentence;
 * - before the material ("Hughes said the GOP is …"; "According to Kyodo, …"; "it is believed that …"):
 *   the rest of the sentence, up to a coordinated second report;
 * - an attributing adverb ("reportedly"), a passive before an infinitive ("is said to be") or with
 *   its agent after the material ("was described as “…” by the committee"): the whole sentence.
 * A content never cuts a quotation: it grows to hold any quotation it starts or ends inside.
 */
import type { Cue } from './attributions';
import { CLOSING_MARKS, firstStartingFrom, isQuoteMark, type TextDocument } from './document';
import type { QuotedSpan } from './quote-marks';
import type { Token } from './text-units';
import type { Range } from './types';

export interface Relation {
  cue: Cue;
  /** Character range of the credited words, when the sentence has any besides the report. */
  content?: Range;
}

export function findRelations(doc: TextDocument, cues: readonly Cue[]): Relation[] {
  return cues.map((cue, k) => {
    const content = contentOf(doc, cue, cues[k + 1]);
    return content ? { cue, content: wholeQuotations(doc, content) } : { cue };
  });
}

/** The first and one-past-last token of the report: the cue with a source that stands next to it. */
function reportTokens(cue: Cue): { first: number; end: number } {
  const source = cue.source;
  if (!source) return { first: cue.first, end: cue.end };
  return { first: Math.min(cue.first, source.first), end: Math.max(cue.end, source.end) };
}

function contentOf(doc: TextDocument, cue: Cue, next: Cue | undefined): Range | undefined {
  if (cue.content) return cue.content;
  const { tokens } = doc;
  const sentence = doc.sentences[cue.sentence]!;
  const body = sentenceBody(doc, cue.sentence);
  // "is said to be …", "was described as “…” by the committee": the subject and what follows the verb are both credited.
  const agentAfter = cue.form === 'passive' && cue.source !== undefined && cue.source.first > cue.end + 1;
  if (cue.form === 'adverb' || agentAfter || (cue.form === 'passive' && tokens[cue.end]?.lower === 'to')) return trimmed(doc, body.start, body.end);
  const report = reportTokens(cue);
  const lead = report.first > sentence.firstToken ? tokens[report.first - 1] : undefined;
  const setOff = lead !== undefined && (lead.text === ',' || lead.text === '—' || lead.text === '–' || closesUtterance(doc, report.first - 1));
  if (setOff) {
    const rest = restAfter(doc, firstAfterReport(doc, report.end, sentence.endToken), sentence.endToken);
    // "“…,” he said, “…”": a split quotation is one utterance on both sides of its report.
    if (rest === 'quotation') return trimmed(doc, body.start, body.end);
    const leadEnd = lead.text === ',' ? lead.start : lead.end;
    const before = trimmed(doc, body.start, leadEnd);
    // "“…,” she said, but Kevin …": a quotation closing on its own punctuation is what its report credits.
    if (rest !== 'content' && (closesUtterance(doc, report.first - 1) || (lead.text === ',' && closesUtterance(doc, report.first - 2)))) return before;
    // "…, officials said on Friday, as they …": the report and its adjuncts close the sentence.
    if (rest === 'nothing' || rest === 'adjunct') return before;
    // "The plan, he said, is dead": a report set inside its clause credits all of it.
    if (rest === 'parenthetical') return trimmed(doc, body.start, body.end);
    // After an opening phrase ("In July, Gingrich dismissed …"), the phrase only places the report,
    // unless it quotes words, which are then the speaker's too ("In the area of “…”, the President called for …").
    if (rest === 'content' && quotationWithin(doc, body.start, leadEnd)) return trimmed(doc, body.start, body.end);
  }
  const from = contentStart(doc, cue, report.end, sentence.endToken);
  const until = next && next.sentence === cue.sentence ? coordinatedReport(doc, next, from) : undefined;
  const after = from < sentence.endToken ? trimmed(doc, tokens[from]!.start, until ?? body.end) : undefined;
  if (after || report.first <= sentence.firstToken) return after;
  // "…, as a memo put it.": nothing after the report, so what it credits stands before it.
  const last = tokens[report.first - 1]!.lower === 'as' ? report.first - 2 : report.first - 1;
  return last >= sentence.firstToken ? trimmed(doc, body.start, tokens[last]!.end) : undefined;
}

/** The sentence without the space after it; its closing full stop is trimmed with the content. */
function sentenceBody(doc: TextDocument, sentence: number): Range {
  const { start, end } = doc.sentences[sentence]!;
  let last = end;
  while (last > start && /\s/.test(doc.text[last - 1]!)) last -= 1;
  return { start, end: last };
}

/** "“We will win,” he said": a closing mark after the punctuation that ends an utterance; not "the “experts” who said". */
function closesUtterance(doc: TextDocument, index: number): boolean {
  const token = doc.tokens[index];
  const quote = doc.tokenQuote[index]!;
  if (token === undefined || !isQuoteMark(token) || quote < 0 || doc.quotes[quote]!.end !== token.end) return false;
  // Past every mark of the closing run ('' is two, ’” a nested close).
  let k = token.start;
  while (k > 0 && CLOSING_MARKS.includes(doc.text[k - 1]!)) k -= 1;
  return /[,.!?…]/.test(doc.text[k - 1] ?? '');
}

/** Words that only place a report in time or circumstance: "said on Monday", "told reporters yesterday in a statement". */
const PLACING_WORDS = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'yesterday', 'today', 'tonight', 'last', 'earlier', 'later', 'recently',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'this', 'late', 'early',
]);

/** Past a phrase that only places the report ("on Monday", "in a statement"): where the sentence goes on. */
function firstAfterReport(doc: TextDocument, from: number, endToken: number): number {
  const { tokens } = doc;
  if (from >= endToken || !tokens[from]!.word || !PLACING_WORDS.has(tokens[from]!.lower)) return from;
  let k = from;
  while (k < endToken && k < from + 6 && tokens[k]!.word && tokens[k]!.lower !== 'that' && doc.tokenQuote[k]! < 0) k += 1;
  return k;
}

/**
 * What follows a report set off by a comma or a quotation: nothing but the full stop; a quotation (a
 * split quote); a comma and an adjunct of the report ("…, adding that", "…, as they bristled"); a
 * comma and the rest of the clause it interrupts (parenthetical); or, with no comma, its own content
 * ("In July, Gingrich dismissed Estonia as …").
 */
type Rest = 'nothing' | 'quotation' | 'adjunct' | 'parenthetical' | 'content';

function restAfter(doc: TextDocument, k: number, endToken: number): Rest {
  const { tokens } = doc;
  const token = tokens[k];
  if (!token || k >= endToken || /^[.!?;]$/.test(token.text)) return 'nothing';
  if (token.text !== ',' && token.text !== '—' && token.text !== '–') return 'content';
  const following = tokens[k + 1];
  if (!following || k + 1 >= endToken) return 'nothing';
  if (isQuoteMark(following) && doc.tokenQuote[k + 1]! >= 0) return 'quotation';
  if (!following.word) return 'nothing';
  return ADJUNCT_OPENERS.has(following.lower) || following.lower.endsWith('ing') ? 'adjunct' : 'parenthetical';
}

/** Words that open a clause hanging on the report rather than resuming the interrupted one. */
const ADJUNCT_OPENERS = new Set([
  'as', 'and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'since', 'when', 'after', 'before',
  'who', 'which', 'where', 'according', 'citing', 'in', 'at', 'on', 'during', 'then', 'so',
]);

/**
 * Where the credited words begin after the report: past a colon or comma, at "that" or an opening
 * quotation when one comes within a few words ("told reporters that …", "warned the council: “…”").
 */
function contentStart(doc: TextDocument, cue: Cue, from: number, endToken: number): number {
  const { tokens } = doc;
  let k = from;
  while (k < endToken && (tokens[k]!.text === ',' || tokens[k]!.text === ':')) k += 1;
  if (cue.form === 'noun' || cue.form === 'clausal') return k;
  // Only an indirect object ("told reporters that") or a placing phrase ("said on Monday that") stands
  // between a verb and its "that", question word, colon or quotation: a clause of its own there
  // ("says he instructed staff to check whether", "says there needs to be a law that") is the content.
  for (let ahead = k; ahead < endToken && ahead < k + 8; ahead += 1) {
    const token = tokens[ahead]!;
    if (token.lower === 'that' || (ahead > k && QUESTION_WORDS.has(token.lower))) return ahead;
    if (token.text === ':' || (token.text === ',' && opensQuotation(doc, ahead + 1))) return ahead + 1;
    if (!token.word || startsClause(doc, token)) break;
  }
  return k;
}

function quotationWithin(doc: TextDocument, start: number, end: number): boolean {
  const quote = doc.quotes[firstStartingFrom(doc.quotes, start)];
  return quote !== undefined && quote.end <= end;
}

/** A subject pronoun or a finite verb: the words after a report are already its content's clause. */
function startsClause(doc: TextDocument, token: Token): boolean {
  return CLAUSE_SUBJECTS.has(token.lower.replace(/['’].*$/, '')) || doc.sets.finiteVerbs.has(token.lower) || (!token.capital && /ed$/.test(token.lower));
}

const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'there', 'this', 'these', 'those']);

const QUESTION_WORDS = new Set(['whether', 'how', 'why', 'what', 'when', 'where', 'who', 'if']);

function opensQuotation(doc: TextDocument, index: number): boolean {
  const quote = doc.tokenQuote[index] ?? -1;
  return quote >= 0 && doc.quotes[quote]!.start === doc.tokens[index]!.start;
}

/**
 * "…, and he added that …", "… the GOP is “…,” he added": a second report joined to the sentence, or
 * set off after it, ends the first one's content.
 */
function coordinatedReport(doc: TextDocument, next: Cue, from: number): number | undefined {
  // A shared subject before the first report ("he said … and warned …") is not where the second starts.
  const report = reportTokens(next);
  const first = report.first > from ? report.first : next.first;
  if (first <= from || doc.tokenQuote[first]! >= 0) return undefined;
  const before = doc.tokens[first - 1]!;
  if (before.text === ';' || before.lower === 'and' || before.lower === 'but') {
    const joint = doc.tokens[first - 2]?.text === ',' ? first - 2 : first - 1;
    return doc.tokens[joint]!.start;
  }
  if (before.text === ',') return before.start;
  return closesUtterance(doc, first - 1) ? before.end : undefined;
}

/** Without the spaces and the clause-closing punctuation at its ends; a closing quotation mark stays. */
function trimmed(doc: TextDocument, start: number, end: number): Range | undefined {
  const { text } = doc;
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /[\s.,;:!?—–]/.test(text[to - 1]!)) to -= 1;
  return /[\p{L}\p{N}]/u.test(text.slice(from, to)) ? { start: from, end: to } : undefined;
}

/** Grows a content that starts or ends inside a quotation to hold all of it. */
function wholeQuotations(doc: TextDocument, content: Range): Range {
  const start = Math.min(content.start, outerQuotationAt(doc, content.start)?.start ?? content.start);
  const end = Math.max(content.end, outerQuotationAt(doc, content.end)?.end ?? content.end);
  return { start, end };
}

/** The outermost quotation strictly around an offset. Quotes are sorted by start, outer before inner. */
function outerQuotationAt(doc: TextDocument, offset: number): QuotedSpan | undefined {
  const { quotes } = doc;
  for (let k = firstStartingFrom(doc.quotes, offset) - 1; k >= 0; k -= 1) {
    if (quotes[k]!.depth === 0) return quotes[k]!.end > offset ? quotes[k] : undefined;
  }
  return undefined;
}

/** Relations by the sentence of their cue, for the look-ups of quotation classes. */
export function relationsBySentence(relations: readonly Relation[]): Map<number, Relation[]> {
  const bySentence = new Map<number, Relation[]>();
  for (const relation of relations) {
    const list = bySentence.get(relation.cue.sentence);
    if (list) list.push(relation);
    else bySentence.set(relation.cue.sentence, [relation]);
  }
  return bySentence;
}

/** "reportedly" credits a claim, not the wording of a quotation inside it. */
export const creditsWords = (cue: Cue): boolean => cue.reportsWords || cue.form === 'verb' || cue.form === 'passive';

/** Whether a relation credits the words of a quotation: its content holds them and its cue stands outside them. */
export function holds(doc: TextDocument, relation: Relation, quote: Range): boolean {
  const { content, cue } = relation;
  if (!content || content.start > quote.start || content.end < quote.end || !creditsWords(cue)) return false;
  const cueStart = doc.tokens[cue.first]!.start;
  return cueStart < quote.start || cueStart >= quote.end;
}
