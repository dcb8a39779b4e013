import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadEvalCorpus, loadSplit } from '../../scripts/eval/corpus';
import { brownCorpusDir, corpusDir } from '../../scripts/eval/paths';

const labelFiles = (folder: string) =>
  readdirSync(join(corpusDir(), folder)).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)).sort();

describe('the labelled corpus as eval loads it', () => {
  test('every gold finding points at its own text in both renderings', async () => {
    const corpus = await loadEvalCorpus(corpusDir(), brownCorpusDir());
    expect(corpus.curly.map((doc) => doc.doc)).toEqual(labelFiles('brown'));
    expect(corpus.straight.map((doc) => doc.doc)).toEqual([...labelFiles('brown'), ...labelFiles('seed')]);
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

  test('the split names existing documents, and each document is in exactly one part', async () => {
    const split = await loadSplit(corpusDir());
    expect(split.brown.every((doc) => labelFiles('brown').includes(doc))).toBe(true);
    expect(split.polnearDev.every((doc) => labelFiles('polnear-dev').includes(doc))).toBe(true);
    for (const [lang, docs] of Object.entries(split.langDev)) expect(docs.every((doc) => labelFiles(`lang-dev/${lang}`).includes(doc)), lang).toBe(true);
    const corpus = await loadEvalCorpus(corpusDir(), brownCorpusDir());
    const parts = new Map(corpus.straight.map((doc) => [doc.doc, doc.part]));
    expect([...parts].filter(([, part]) => part === 'check').map(([doc]) => doc)).toEqual(split.brown);
    // Both parts hold press reportage and editorials, so neither is a different genre.
    for (const part of ['tuning', 'check'] as const) {
      const docs = [...parts].filter(([, p]) => p === part).map(([doc]) => doc);
      expect(docs.some((doc) => doc.startsWith('ca')) && docs.some((doc) => doc.startsWith('cb')), part).toBe(true);
    }
  });
});
