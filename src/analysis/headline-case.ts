import type { TextDocument } from './document';

/**
 * Whether a sentence is a headline in title case ("Obama Says Museum Will Tell of ‘Suffering and
 * Delight’"): every longer word outside its quotations is capitalised, so a capital there marks
 * neither a name nor a sentence start.
 */
export function inHeadlineCase(doc: TextDocument, sentence: number): boolean {
  const { firstToken, endToken } = doc.sentences[sentence]!;
  let longer = 0;
  for (let k = firstToken; k < endToken; k += 1) {
    const token = doc.tokens[k]!;
    if (!token.word || token.lower.length <= 3 || doc.tokenQuote[k]! >= 0) continue;
    if (!token.capital) return false;
    longer += 1;
  }
  return longer >= 3;
}
