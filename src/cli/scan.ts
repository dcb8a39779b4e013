/** One input through reading and analysis: the unit of work of the worker pool. */
import { analyze } from '../analysis';
import type { Finding, FindingKind, LanguageCode } from '../analysis/types';
import type { PageText } from './html-text';
import { loadInput, UnreadableInputError, type InputRef } from './inputs';

export interface ScanJob {
  input: InputRef;
  only: FindingKind[] | undefined;
  lang: LanguageCode | 'auto';
  wholePage: boolean;
}

export type ScanResult =
  | { ok: true; name: string; page: PageText; findings: Finding[] }
  | { ok: false; name: string; message: string };

export async function scan({ input, only, lang, wholePage }: ScanJob): Promise<ScanResult> {
  let page: PageText;
  try {
    page = await loadInput(input, { articleOnly: !wholePage });
  } catch (error) {
    // Anything else is a bug and should surface with its stack, not as a bad input.
    if (error instanceof UnreadableInputError) return { ok: false, name: input.name, message: error.message };
    throw error;
  }
  // A page's declared language is the hint for 'auto'; --lang with a language overrides it.
  const options = { lang, ...(page.lang ? { hint: page.lang } : {}), ...(only ? { only } : {}) };
  return { ok: true, name: input.name, page, findings: analyze(page.text, options) };
}
