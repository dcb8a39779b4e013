/**
 * A stand-in for the analyzer with rules small enough to predict, so the DOM tests do not depend
 * on the real rules: “…” is a scare quote, "Name said" a named attribution crediting Name (even across a block break),
 * "reportedly" an unsourced attribution, "alleged" a hedge. Sentences end at ". " or a blank line.
 */
import type { Finding } from '../../../src/analysis/types';

export function fakeAnalyze(text: string): Finding[] {
  const findings: Finding[] = [];
  const sentenceOf = (at: number) => {
    const boundary = Math.max(text.lastIndexOf('. ', at - 1), text.lastIndexOf('\n\n', at - 1));
    const ends = [text.indexOf('. ', at), text.indexOf('\n\n', at)].filter((i) => i >= 0);
    return { start: boundary < 0 ? 0 : boundary + 2, end: ends.length > 0 ? Math.min(...ends) + 1 : text.length };
  };
  for (const match of text.matchAll(/“[^”\n]*”?/g)) {
    const start = match.index;
    findings.push({ kind: 'quote', class: 'scare', start, end: start + match[0].length, text: match[0], explanation: 'Quoted with no speaker.', sentence: sentenceOf(start) });
  }
  for (const match of text.matchAll(/(?:([A-Z]\w+)\s+)?said/g)) {
    const start = match.index + match[0].length - 4;
    const source = match[1] ? { start: match.index, end: match.index + match[1].length, text: match[1] } : undefined;
    findings.push({
      kind: 'attribution', start, end: start + 4, text: 'said', explanation: 'Credits a named source.',
      sentence: sentenceOf(start), sourceType: source ? 'named' : 'vague', ...(source ? { source } : {}),
    });
  }
  for (const match of text.matchAll(/reportedly/g)) {
    findings.push({ kind: 'attribution', start: match.index, end: match.index + 10, text: match[0], explanation: 'Names no source.', sentence: sentenceOf(match.index), sourceType: 'none' });
  }
  for (const match of text.matchAll(/alleged/g)) {
    findings.push({ kind: 'hedge', start: match.index, end: match.index + 7, text: match[0], explanation: 'Distances the writer.', sentence: sentenceOf(match.index) });
  }
  return findings;
}

/**
 * fakeAnalyze where each "said" also credits its content, as the analyzer's relations do: the rest
 * of its sentence ("Kyodo said talks were over." credits "talks were over"), or, after "said:"
 * ending a paragraph, the next two paragraphs (a quotation running over paragraphs).
 */
export function fakeAnalyzeWithContent(text: string): Finding[] {
  return fakeAnalyze(text).map((finding) => {
    if (finding.kind !== 'attribution' || finding.text !== 'said') return finding;
    if (text.startsWith(':\n\n', finding.end)) {
      const start = finding.end + 3;
      const second = text.indexOf('\n\n', text.indexOf('\n\n', start) + 2);
      return { ...finding, content: { start, end: second < 0 ? text.length : second } };
    }
    const start = finding.end + 1;
    let end = finding.sentence.end;
    while (end > start && /[\s.:]/.test(text[end - 1]!)) end--;
    return end > start ? { ...finding, content: { start, end } } : finding;
  });
}
