/** The words the popup uses for counts, categories and findings. */
import type { QuoteClass } from '../analysis/types';
import type { Category } from '../shared/settings';
import type { CountName, FindingSummary } from '../shared/messages';

export const COUNT_LABELS: Record<CountName, string> = {
  scare: 'Scare quotes',
  partial: 'Partial quotes',
  direct: 'Direct quotes',
  title: 'Titles and names',
  attribution: 'Attributions',
  'attribution-named': 'named source',
  'attribution-vague': 'vague source',
  'attribution-none': 'no source',
  hedge: 'Distancing words',
};

/** Each category's switch sits on the row of the count with the same name. */
export const CATEGORY_HINTS: Record<Category, string> = {
  scare: 'Quoted by the writer to keep a word at a distance, with nobody credited',
  partial: 'A fragment of someone’s words woven into the sentence',
  direct: 'A whole sentence or clause of someone’s words',
  title: 'Names, titles of works, words mentioned as words',
  attribution: 'Where the text credits a claim to a source',
  hedge: 'Words like “alleged” or “so-called” that signal doubt',
};

const QUOTE_LABELS: Record<QuoteClass, string> = {
  scare: 'Scare quote',
  partial: 'Partial quote',
  direct: 'Direct quote',
  title: 'Title or name',
};

export function findingLabel(finding: FindingSummary): string {
  switch (finding.kind) {
    case 'quote':
      return finding.class ? QUOTE_LABELS[finding.class] : 'Quote';
    case 'attribution':
      return finding.sourceType ? `Attribution, ${COUNT_LABELS[`attribution-${finding.sourceType}`]}` : 'Attribution';
    case 'hedge':
      return 'Distancing word';
  }
}
