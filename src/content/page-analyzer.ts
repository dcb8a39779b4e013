/**
 * The analyzer as the content script runs it: the page's declared language (shared/declared-language.ts)
 * as the hint, as the CLI does, and a record of every language whose rules read some of the page,
 * which the popup shows.
 */
import { analyzeWithLanguage } from '../analysis';
import type { LanguageCode } from '../analysis/types';
import type { AnalyzeText } from '../page/placed-findings';

export interface PageAnalyzer {
  analyze: AnalyzeText;
  /** Every language used over all scans of this page, in order of first use. */
  languagesUsed(): LanguageCode[];
}

/** `hint` is asked at each scan: a single-page app may change `<html lang>` as it navigates. */
export function pageAnalyzer(hint: () => string): PageAnalyzer {
  const used = new Set<LanguageCode>();
  return {
    analyze: (text) => {
      const lang = hint();
      const { languages, findings } = analyzeWithLanguage(text, lang ? { hint: lang } : {});
      // Empty text (a block emptied by the page) is in no language.
      if (text.trim()) for (const language of languages) used.add(language);
      return findings;
    },
    languagesUsed: () => [...used],
  };
}
