/**
 * The nine highlight names of issue 3's test contract, one per kind/class/source type plus the
 * source spans, and the settings category that switches each on and off.
 */
import type { Finding } from '../analysis/types';
import type { Category } from '../shared/settings';

export const HIGHLIGHT_NAMES = [
  'quotelight-scare',
  'quotelight-partial',
  'quotelight-direct',
  'quotelight-title',
  'quotelight-attribution-named',
  'quotelight-attribution-vague',
  'quotelight-attribution-none',
  'quotelight-source',
  'quotelight-hedge',
] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

/** Holds one range per attribution that credits a source, over the source phrase. */
export const SOURCE_HIGHLIGHT: HighlightName = 'quotelight-source';

/** Briefly marks the finding the popup asked to reveal; registered only while it shows. */
export const FLASH_HIGHLIGHT = 'quotelight-flash';

/** What the attribution under the open tooltip credits to its source; registered only while the tooltip shows it. */
export const CONTENT_HIGHLIGHT = 'quotelight-content';

/** The names a painter draws with: each finding's kind, its source, and the content of the one under the tooltip. */
export type PaintName = HighlightName | typeof CONTENT_HIGHLIGHT;

export function highlightNameOf(finding: Finding): HighlightName {
  switch (finding.kind) {
    case 'quote':
      return `quotelight-${finding.class}`;
    case 'attribution':
      return `quotelight-attribution-${finding.sourceType}`;
    case 'hedge':
      return 'quotelight-hedge';
  }
}

/** Quotes switch by class; attributions of every source type, with their sources, by one switch. */
export function categoryOf(finding: Finding): Category {
  return finding.kind === 'quote' ? finding.class : finding.kind;
}
