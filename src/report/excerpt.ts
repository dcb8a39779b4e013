/**
 * A short excerpt of page text: what an attribution credits can be a whole paragraph, and the
 * tooltip, the popup and the report each show it beside other things. Pure, for the content
 * script, the popup and the CLI alike.
 */

/** Long enough for a clause, short enough for two or three lines of a tooltip or the popup. */
export const EXCERPT_CHARS = 120;

/** `text` with its spaces collapsed, cut at a word boundary and ended with an ellipsis when longer than `max`. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max - 1);
  // Never half a surrogate pair (an emoji, a rare CJK character).
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  // A word longer than half the excerpt is cut inside; otherwise the excerpt ends at a whole word.
  if (space > max / 2) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:]+$/u, '')}…`;
}
