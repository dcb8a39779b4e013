/**
 * Quotation classes under the `basic` clause rules (German, French, Spanish, Russian): what their
 * typography and grammar say that the English rules of quote-classes.ts cannot read, per the
 * conventions of corpus/lang-dev/README.md.
 */
import { sentenceAt, tokenAt, type TextDocument } from './document';
import type { QuotedSpan } from './quote-marks';
import type { Token } from './text-units';
import type { QuoteClass } from './types';

/**
 * A name: French, Spanish and Russian capitalise only the first word of a name («Северный поток-2»,
 * «Большая семерка», "Just Coup It"), so a short quotation opening with a capital inside a sentence,
 * or opening one as its subject («Ночные волки» хотят …), names something. German capitalises every
 * noun, so there it takes a naming word before the quotation (namedByWord).
 */
export function basicName(doc: TextDocument, quote: QuotedSpan, inner: readonly Token[]): boolean {
  return namedByWord(doc, quote) || (!doc.lexicon.capitalisedNouns && capitalisedName(doc, quote, inner));
}

function capitalisedName(doc: TextDocument, quote: QuotedSpan, inner: readonly Token[]): boolean {
  const first = inner[0];
  if (!first?.capital || inner.length > 4) return false;
  return !opensSentence(doc, quote) || subjectName(doc, quote, inner);
}

function opensSentence(doc: TextDocument, quote: QuotedSpan): boolean {
  const previous = doc.tokens[tokenAt(doc, quote.start) - 1];
  return quote.start <= doc.sentences[sentenceAt(doc, quote.start)]!.start + 1 || previous?.text === ':' || previous?.text === '—';
}

/**
 * «Ночные волки» хотят …: a short capitalised quotation that opens its sentence as the subject (a
 * lower-case word follows the closing mark, not a comma or a report's dash) names something, where
 * nouns are not capitalised; it is no quoted sentence.
 */
export function subjectName(doc: TextDocument, quote: QuotedSpan, inner: readonly Token[]): boolean {
  if (doc.lexicon.capitalisedNouns || !inner[0]?.capital || inner.length > 4 || !opensSentence(doc, quote)) return false;
  return /^\s+\p{Ll}/u.test(doc.text.slice(quote.end, quote.end + 3)) && !/[.!?…]$/.test(innerText(doc, quote));
}

/**
 * "le mouvement des «gilets jaunes»", "la notion de la «main étrangère»", "ce slogan : «…»", "im
 * Sammelbegriff "Queer"", "проекта «Турецкого потока»": a naming noun (titleCues) right before the
 * quotation, past a colon or a genitive preposition and article, or as the head of a German compound.
 */
function namedByWord(doc: TextDocument, quote: QuotedSpan): boolean {
  const { tokens, sets } = doc;
  const sentence = doc.sentences[sentenceAt(doc, quote.start)]!;
  let k = tokenAt(doc, quote.start) - 1;
  if (tokens[k]?.text === ':') k -= 1;
  for (let steps = 0; k >= sentence.firstToken && steps < 3; k -= 1, steps += 1) {
    const token = tokens[k]!;
    if (!token.word) return false;
    if (sets.titleCues.has(token.lower) || (doc.lexicon.compoundNouns && [...sets.titleCues].some((cue) => cue.length > 3 && token.lower.endsWith(cue)))) return true;
    if (!sets.innerPrepositions.has(token.lower) && !sets.articles.has(token.lower) && !sets.determiners.has(token.lower)) return false;
  }
  return false;
}

/**
 * Reported speech without a cue word of its own: German Konjunktiv I ("Malte C. sei einer
 * "strukturellen Queerfeindlichkeit" … zum Opfer gefallen") goes on crediting the words it reports,
 * so a quotation in such a sentence is partial (lang-dev conventions, "Reportive grammar").
 */
export function inReportedMood(doc: TextDocument, quote: QuotedSpan): boolean {
  const moods = doc.lexicon.reportedMood;
  if (!moods) return false;
  const sentence = doc.sentences[sentenceAt(doc, quote.start)]!;
  for (let k = sentence.firstToken; k < sentence.endToken; k += 1) {
    if (doc.tokenQuote[k]! < 0 && moods.includes(doc.tokens[k]!.lower)) return true;
  }
  return false;
}

/**
 * A clause set off as reported speech: after "que", "что", "dass", a colon, or a reporting verb (at least
 * three words, a verbless utterance too: "сказать: «никакого оружия, никаких солдат»"), or before
 * ", a-t-il ajouté" (a quotation then a comma and a report). The guide counts these as direct even
 * when they open in lower case.
 */
export function basicClause(doc: TextDocument, quote: QuotedSpan, inner: readonly Token[]): boolean {
  if (inner.length < 3) return false;
  const index = tokenAt(doc, quote.start);
  const previous = doc.tokens[index - 1];
  const long = inner.length >= 5;
  if (previous && (doc.sets.complementizers.has(previous.lower) || previous.text === ':')) return long || !doc.sets.fragmentOpeners.has(inner[0]!.lower);
  // "Er sagt, "Extremisten profitieren …"", "verkündete „Der Islam gehört zu Deutschland“": right after a reporting verb.
  const verb = previous?.text === ',' ? doc.tokens[index - 2] : previous;
  if (long && verb?.word && reportingForm(doc, verb)) return true;
  // "En outre, «4000 migrants ont été sauvés en mer», a-t-il ajouté": the quotation opens its clause,
  // then a comma and the report.
  if (previous && previous.text !== ',' && !opensSentence(doc, quote)) return false;
  const after = /^\s*,\s*(?:[—–]\s*)?(\S+)/u.exec(doc.text.slice(quote.end, quote.end + 40));
  return after !== null && /[.!?…]$/.test(innerText(doc, quote)) === false && startsReport(doc, after[1]!);
}

const reportingForm = (doc: TextDocument, token: Token): boolean => doc.lexicon.reportingVerbs.some((verb) => verb.forms.includes(token.lower));

/** The word after the comma is a reporting verb, or an auxiliary with a glued pronoun ("a-t-il"). */
function startsReport(doc: TextDocument, word: string): boolean {
  const lower = word.toLowerCase().replace(/[.,;:!?]+$/, '');
  const subjects = doc.lexicon.inciseSubjects ?? [];
  const bare = subjects.reduce((form, pronoun) => form.replace(new RegExp(`-(?:t-)?${pronoun}$`), ''), lower);
  return doc.lexicon.reportingVerbs.some((verb) => verb.forms.includes(bare)) || doc.sets.haveForms.has(lower);
}

/** The words between the marks, as written. */
const innerText = (doc: TextDocument, quote: QuotedSpan): string => doc.text.slice(quote.start + 1, quote.unclosed ? quote.end : quote.end - 1).trim();

/**
 * A term a text names as a name once ("le mouvement des «gilets jaunes»") is a name wherever else it
 * stands uncredited ("la révolte des «gilets jaunes»"); a distancing word still makes it scare.
 */
export function sameNameThroughout<R extends { quote: QuotedSpan; class: QuoteClass; reason?: string }>(
  results: R[],
  named: ReadonlySet<R>,
  term: (quote: QuotedSpan) => string,
): R[] {
  const names = new Set([...named].map((result) => term(result.quote)));
  for (const result of results) {
    if (result.class !== 'scare' || result.reason === 'hedge' || !names.has(term(result.quote))) continue;
    result.class = 'title';
    delete result.reason;
  }
  return results;
}
