/**
 * `analyze(text)`: every quotation, attribution cue and distancing word in a plain text, as defined by
 * ANNOTATION.md, each with its explanation and sentence range, sorted by position.
 */
import { cueSource, cueSpan, findCues } from './attributions';
import { readDocument, sentenceAt, type TextDocument } from './document';
import { explainAttribution, explainHedge, explainQuote } from './explanations';
import { findHedges } from './hedges';
import { lexiconFor } from './lexicon';
import { classifyQuotes } from './quote-classes';
import type { AnalyzeOptions, Finding, Range } from './types';

export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  const lang = options.lang ?? 'en';
  const doc = readDocument(text, lexiconFor(lang), lang);
  const wanted = new Set(options.only ?? ['quote', 'attribution', 'hedge']);
  const hedges = findHedges(doc);
  // "what they call": the phrase is a hedge, not also a report by "they".
  const cues = findCues(doc).filter((cue) => !hedges.some((hedge) => cue.first < hedge.end && hedge.first < cue.end));
  const findings: Finding[] = [];

  if (wanted.has('quote')) {
    for (const quote of classifyQuotes(doc, cues, hedges)) {
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
    for (const cue of cues) {
      const span = cueSpan(doc, cue);
      const source = cueSource(doc, cue);
      findings.push({
        kind: 'attribution',
        ...span,
        ...(source ? { source } : {}),
        sourceType: cue.sourceType,
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

function sentenceRange(doc: TextDocument, offset: number): Range {
  const sentence = doc.sentences[sentenceAt(doc, offset)];
  return sentence ? { start: sentence.start, end: sentence.end } : { start: offset, end: offset };
}
