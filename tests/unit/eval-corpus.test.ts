import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadEvalCorpus } from '../../scripts/eval/corpus';
import { brownCorpusDir, sharedDir } from '../../scripts/eval/paths';

const shared = sharedDir();
const present = existsSync(shared);
if (!present) console.warn(`eval-corpus tests skipped: no labelled corpus at ${shared}`);

describe.skipIf(!present)('the labelled corpus as eval loads it', () => {
  test('every gold finding points at its own text in both renderings', async () => {
    const corpus = await loadEvalCorpus(shared, brownCorpusDir());
    expect(corpus.curly.map((doc) => doc.doc)).toEqual(['ca01', 'ca02', 'ca03', 'ca04', 'ca05', 'cb01', 'cb02', 'cb03', 'cb04']);
    expect(corpus.straight.map((doc) => doc.doc)).toEqual([...corpus.curly.map((doc) => doc.doc), 'kyodo-sanctions']);
    for (const { text, gold } of corpus.curly) {
      for (const finding of gold) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    }
    // The straight rendering differs only in the quote marks, so the same offsets hold.
    for (const { doc, text, gold } of corpus.straight) {
      for (const finding of gold) {
        expect(text.slice(finding.start, finding.end), doc).toBe(finding.text.replace(/[“”]/g, '"'));
      }
    }
  });
});
