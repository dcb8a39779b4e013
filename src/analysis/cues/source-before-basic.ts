/**
 * Under `basic` rules a report often writes no source of its own: a dropped subject ("agregó que …"),
 * a participle adjunct ("…, précisant que …"), "„…“, hieß es" after the body was named. Such a cue
 * (`sourceBefore`) credits the source of the last cue before it that has one, a few sentences back.
 */
import type { Cue } from './cue';

/** How many sentences back a written source still stands for a report without one. */
const REACH = 3;

export function creditSourcesBefore(cues: readonly Cue[]): void {
  let last: Cue | undefined;
  for (const cue of cues) {
    if (cue.sourceBefore && last && cue.sentence - last.sentence <= REACH) {
      cue.sourceType = last.sourceType;
      if (last.source) cue.source = last.source;
      if (last.within?.source) cue.within = { ...cue.within, source: last.within.source };
    }
    if (cue.source || cue.within?.source) last = cue;
  }
}
