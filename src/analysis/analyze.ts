/**
 * `analyze(text)`: every quotation, attribution cue and distancing word in a plain text, as defined by
 * ANNOTATION.md, each with its explanation and sentence range, sorted by position; `analyzeWithLanguage`
 * also says which language's rules were used.
 */
import { cueSource, cueSpan, findCues, type Cue } from './attributions';
import { readDocument, sentenceAt, type TextDocument } from './document';
import { explainAttribution, explainHedge, explainQuote } from './explanations';
import { findHedges, type Hedge } from './hedges';
import { detectIn, languageOfTag } from './detect-language';
import { lexiconFor, type LanguageCode } from './lexicon';
import { classifyQuotes } from './quote-classes';
import { findRelations } from './relations';
import { paragraphRanges } from './text-units';
import type { AnalyzeOptions, Finding, LanguageAnalysis, Range } from './types';

export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  return analyzeWithLanguage(text, options).findings;
}

export function analyzeWithLanguage(text: string, options: AnalyzeOptions = {}): LanguageAnalysis {
  const requested = options.lang ?? 'auto';
  if (requested !== 'auto') return { lang: requested, languages: [requested], findings: analyzeIn(text, requested, options) };
  const runs = languageRuns(text, languageOfTag(options.hint));
  if (runs.length <= 1) {
    const lang = runs[0]?.lang ?? detectIn(text, 0, text.length, languageOfTag(options.hint));
    return { lang, languages: [lang], findings: analyzeIn(text, lang, options) };
  }
  const findings = runs.flatMap((run) => analyzeIn(text.slice(run.start, run.end), run.lang, options).map((finding) => shifted(finding, run.start)));
  const size = new Map<LanguageCode, number>();
  for (const run of runs) size.set(run.lang, (size.get(run.lang) ?? 0) + run.end - run.start);
  const languages = [...new Set(runs.map((run) => run.lang))];
  const lang = languages.reduce((a, b) => (size.get(b)! > size.get(a)! ? b : a));
  return { lang, languages, findings };
}

interface LanguageRun extends Range {
  lang: LanguageCode;
}

/**
 * Consecutive paragraphs of one language. Each paragraph is judged against the page's declared
 * language, else the language of the whole text, so a short or ambiguous paragraph keeps that.
 */
function languageRuns(text: string, declared: LanguageCode | undefined): LanguageRun[] {
  const fallback = declared ?? detectIn(text, 0, text.length, undefined);
  const runs: LanguageRun[] = [];
  for (const paragraph of paragraphRanges(text)) {
    const lang = detectIn(text, paragraph.start, paragraph.end, fallback);
    const last = runs[runs.length - 1];
    if (last?.lang === lang) last.end = paragraph.end;
    else runs.push({ lang, start: paragraph.start, end: paragraph.end });
  }
  return runs;
}

function shifted(finding: Finding, by: number): Finding {
  const sentence = { start: finding.sentence.start + by, end: finding.sentence.end + by };
  const moved = { ...finding, start: finding.start + by, end: finding.end + by, sentence };
  if (moved.kind === 'attribution' && moved.source) moved.source = { ...moved.source, start: moved.source.start + by, end: moved.source.end + by };
  if (moved.kind === 'attribution' && moved.content) moved.content = { start: moved.content.start + by, end: moved.content.end + by };
  return moved;
}

function analyzeIn(text: string, lang: LanguageCode, options: AnalyzeOptions): Finding[] {
  const doc = readDocument(text, lexiconFor(lang));
  const wanted = new Set(options.only ?? ['quote', 'attribution', 'hedge']);
  const hedges = findHedges(doc);
  const cues = outsideHedges(findCues(doc), hedges);
  const relations = findRelations(doc, cues);
  // Classifying first: crediting a quotation in the next sentence grows its relation's content.
  const quotes = classifyQuotes(doc, relations, hedges);
  const findings: Finding[] = [];

  if (wanted.has('quote')) {
    for (const quote of quotes) {
      const { start, end } = quote.quote;
      const source = quote.cue ? cueSource(doc, quote.cue) : undefined;
      findings.push({
        kind: 'quote',
        class: quote.class,
        start,
        end,
        text: text.slice(start, end),
        explanation: explainQuote(quote, source),
        sentence: sentenceRange(doc, start),
      });
    }
  }
  if (wanted.has('attribution')) {
    for (const { cue, content } of relations) {
      const span = cueSpan(doc, cue);
      const source = cueSource(doc, cue);
      findings.push({
        kind: 'attribution',
        ...span,
        ...(source ? { source } : {}),
        sourceType: cue.sourceType,
        ...(content ? { content } : {}),
        explanation: explainAttribution(span.text, cue.sourceType, source),
        sentence: sentenceRange(doc, span.start),
      });
    }
  }
  if (wanted.has('hedge')) {
    for (const hedge of hedges) {
      const start = doc.tokens[hedge.first]!.start;
      const end = doc.tokens[hedge.end - 1]!.end;
      const word = text.slice(start, end);
      findings.push({ kind: 'hedge', start, end, text: word, explanation: explainHedge(word), sentence: sentenceRange(doc, start) });
    }
  }
  return findings.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * "what they call": the phrase is a hedge, not also a report by "they". Both lists are in text
 * order, so one pass over each (a dense page has tens of thousands of both).
 */
function outsideHedges(cues: readonly Cue[], hedges: readonly Hedge[]): Cue[] {
  let h = 0;
  return cues.filter((cue) => {
    while (h < hedges.length && hedges[h]!.end <= cue.first) h += 1;
    for (let k = h; k < hedges.length && hedges[k]!.first < cue.end; k += 1) {
      if (cue.first < hedges[k]!.end) return false;
    }
    return true;
  });
}

function sentenceRange(doc: TextDocument, offset: number): Range {
  const sentence = doc.sentences[sentenceAt(doc, offset)];
  return sentence ? { start: sentence.start, end: sentence.end } : { start: offset, end: offset };
}
