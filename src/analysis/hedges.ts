/** Distancing words: "so-called", "supposedly", "what they call", and adjectives such as "alleged" before a term. */
import { isQuoteMark, type TextDocument } from './document';

export interface Hedge {
  first: number;
  end: number;
}

export function findHedges(doc: TextDocument): Hedge[] {
  const { tokens, lexicon } = doc;
  const phrases = phrasesByFirstWord(lexicon.hedges);
  const adjectives = doc.sets.adjectivalHedges;
  const hedges: Hedge[] = [];
  for (const sentence of doc.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
      if (!tokens[i]!.word || doc.tokenQuote[i]! >= 0) continue;
      const phrase = phrases.get(tokens[i]!.lower)?.find((words) => words.every((word, k) => i + k < sentence.endToken && tokens[i + k]!.lower === word));
      if (phrase) {
        // "purport" distances only as "they purport to …".
        if (phrase[0]!.startsWith('purport') && tokens[i + 1]?.lower !== 'to') continue;
        hedges.push({ first: i, end: i + phrase.length });
        i += phrase.length - 1;
        continue;
      }
      if (adjectives.has(tokens[i]!.lower) && isAttributive(doc, i, sentence.endToken)) hedges.push({ first: i, end: i + 1 });
    }
  }
  return hedges;
}

const phraseCache = new WeakMap<readonly string[], Map<string, string[][]>>();

function phrasesByFirstWord(list: readonly string[]): Map<string, string[][]> {
  let map = phraseCache.get(list);
  if (!map) {
    map = new Map();
    for (const phrase of list) {
      const words = phrase.split(' ');
      map.set(words[0]!, [...(map.get(words[0]!) ?? []), words]);
    }
    phraseCache.set(list, map);
  }
  return map;
}

/**
 * "an alleged invasion", "the supposed “experts”": before a noun or a quotation, not "was alleged",
 * "alleged that", "supposed to".
 */
function isAttributive(doc: TextDocument, i: number, sentenceEnd: number): boolean {
  const { tokens } = doc;
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  if (!next || i + 1 >= sentenceEnd) return false;
  if (doc.lexicon.clauseRules === 'basic') return basicAttributive(doc, i, sentenceEnd);
  if (tokens[i]!.lower === 'would-be') return isQuoteMark(next);
  if (!next.word && !isQuoteMark(next)) return false;
  if (['that', 'to', 'by', 'in', 'on', 'at', 'of', 'it', 'he', 'she', 'they', 'him', 'her', 'them'].includes(next.lower)) return false;
  if (previous && (doc.sets.beForms.has(previous.lower) || doc.sets.haveForms.has(previous.lower))) return false;
  return true;
}

/**
 * Under `basic` rules the listed forms are already the declined adjectives ("angebliche", "présumé",
 * "supuestos"): one counts before a word or a quotation, after an article where the language has
 * them ("el llamado", not "fue llamado"), and not in a fixed phrase ("por supuesto").
 */
function basicAttributive(doc: TextDocument, i: number, sentenceEnd: number): boolean {
  const { tokens } = doc;
  const next = tokens[i + 1]!;
  const previous = i > doc.sentences[doc.tokenSentence[i]!]!.firstToken ? tokens[i - 1] : undefined;
  if (!next.word && !isQuoteMark(next)) return false;
  if (previous && doc.sets.hedgeBlockers.has(previous.lower)) return false;
  return doc.lexicon.articles.length === 0 || !previous || !previous.word || doc.sets.determiners.has(previous.lower);
}
