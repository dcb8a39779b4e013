/** The one plain-English sentence each finding carries: the tooltip text. */
import type { ClassifiedQuote } from './quote-classes';
import type { SourceType, Span } from './types';

const quoted = (text: string): string => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

export function explainQuote(quote: ClassifiedQuote, source: Span | undefined): string {
  const by = source ? ` to ${source.text}` : '';
  switch (quote.class) {
    case 'scare':
      if (quote.reason === 'hedge') return 'A scare quote: the writer distances themselves from the term with a doubting word and quotation marks, crediting no speaker.';
      if (quote.reason === 'repeated') return 'A scare quote: the writer keeps this term in quotation marks each time, crediting no speaker, which signals doubt or irony.';
      return 'A scare quote: the writer puts the term in quotation marks without crediting anyone, which signals doubt, irony or distance.';
    case 'partial':
      return source ? `A partial quotation: a fragment of someone's words woven into the sentence, credited${by}.` : "A partial quotation: a fragment of someone's words woven into the sentence.";
    case 'direct':
      return source ? `A direct quotation of words credited${by}.` : "A direct quotation of someone's words.";
    case 'title':
      return 'A name, title or word mentioned as a word, put in quotation marks without casting doubt on it.';
  }
}

export function explainAttribution(cue: string, sourceType: SourceType, source: Span | undefined): string {
  switch (sourceType) {
    case 'named':
      return `${quoted(cue)} credits the claim to an identifiable source${source ? `: ${source.text}` : ''}.`;
    case 'vague':
      return `${quoted(cue)} credits the claim to someone the reader cannot identify${source ? `: ${source.text}` : ''}.`;
    case 'none':
      return `${quoted(cue)} presents the claim as reported without saying who made it.`;
  }
}

export function explainHedge(word: string): string {
  return `${quoted(word)} is a distancing word: the writer signals doubt about what follows.`;
}
