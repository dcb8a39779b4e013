/**
 * Where the page's analysis runs end. A block's findings are those of analysing its run (with one
 * block of context on either side) as one text, since the analyzer reads across blocks: a term
 * scare-quoted before is "repeated", a quotation runs over paragraphs, a pronoun takes the type of
 * an earlier source. The runs are cut by the blocks' own text, not by counting from the page's
 * start, so that a change re-cuts only the runs near it: a rescan analyses those runs again and
 * ends with the findings a fresh scan of the page gives.
 */
import type { TextBlock } from './text-blocks';

/** A run ends only once it holds this many characters of its blocks' text... */
export const MIN_RUN_CHARS = 500;
/** ...and always once it holds this many (a few milliseconds of the analyzer's time). */
export const MAX_RUN_CHARS = 2000;
/** The characters at a block's end that choose it: enough to tell blocks apart, few to hash. */
const HASHED_CHARS = 64;

/** Whether a run whose blocks hold `chars` characters, `block` last, ends with it. */
export function endsRun(block: TextBlock, chars: number): boolean {
  return chars >= MAX_RUN_CHARS || (chars >= MIN_RUN_CHARS && cutsAfter(block.text));
}

/**
 * In between, a run ends after one block in four, chosen by its text: by the top two bits of an
 * FNV-1a hash of its length and last characters (its low bits mix poorly).
 */
function cutsAfter(text: string): boolean {
  let hash = Math.imul(0x811c9dc5 ^ text.length, 0x01000193);
  for (let i = Math.max(text.length - HASHED_CHARS, 0); i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 30 === 0;
}
