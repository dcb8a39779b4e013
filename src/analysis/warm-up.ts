/**
 * The analyzer's one-time costs, paid ahead by a caller that must not pay them in one long task in
 * the middle of its work (the content script): each step takes a few tens of milliseconds once per
 * process, and the steps are meant to run in separate tasks.
 */
import { analyzeWithLanguage } from './analyze';
import type { LanguageCode } from './lexicon';

/** Every kind of finding, so each part of the rules runs once. */
const SAMPLE = 'The so-called “reform” is “a failure,” the minister said. It allegedly failed, according to critics.';

export function warmUpSteps(lang: LanguageCode): Array<() => void> {
  return [
    // Compiling the rules' code, and the language's expressions, on their first run (the sample is
    // English, but any text runs the same code and compiles the same expressions).
    () => void analyzeWithLanguage(SAMPLE, { lang }),
  ];
}
