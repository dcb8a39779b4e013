import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/analysis';
import type { Range } from '../../src/analysis/types';
import { CorpusError, loadSplit } from '../../scripts/eval/corpus';
import { corpusDir } from '../../scripts/eval/paths';
import {
  contentMicroRates,
  contentPairedRates,
  contentRates,
  isSpeechCue,
  loadPolnear,
  loadPolnearQuoteDocs,
  matchByOverlap,
  parseAnn,
  polnearAttributionReport,
  polnearCheckDocs,
  polnearQuoteReport,
  polnearSummary,
  scorePolnearAttributions,
  scorePolnearDoc,
  scorePolnearQuoteDoc,
  scorePolnearQuotes,
  type PolnearDoc,
  type PolnearSplit,
} from '../../scripts/eval/polnear';
import { accuracy, rates, type Labelled } from '../../scripts/eval/score';

const labelDir = join(corpusDir(), 'polnear-dev');

describe('parseAnn', () => {
  const ann = [
    'T1\tSource 0 5\tAlice',
    'T2\tCue 6 10\tsaid',
    'T3\tContent 16 30;40 52\tfirst part second part',
    'T4\tAttribution 6 10\tsaid',
    'E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3',
    'T5\tCue 60 71\treportedly',
    'T6\tContent 72 80\tthe rest',
    'T7\tAttribution-no-source 60 71\treportedly',
    'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
    'T8\tDiscard 90 100\tRead more.',
    'T9\tDiscuss 100 110\ta paragraph',
    'T10\tContent 120 150\ta content whose text',
    'runs over a line break',
    'T11\tCue 112 116\tsaid',
    'T12\tContent 160 170\tmore of it',
    'T13\tAttribution 112 116\tsaid',
    'E3\tAttribution:T13 Cue:T11 Content:T10 Content2:T12',
    '#1\tAnnotatorNotes T11\tshould the source be here?',
    'T14\tAttribution-no-source 180 185\tasked',
    'E4\tAttribution-no-source:T14 ',
    '',
  ].join('\n');

  test('reads discontinuous spans, relations without a source, both content parts and a cue-less trigger; ignores Discard and Discuss', () => {
    expect(parseAnn(ann)).toEqual([
      { cue: [{ start: 6, end: 10 }], source: [{ start: 0, end: 5 }], content: [{ start: 16, end: 30 }, { start: 40, end: 52 }] },
      { cue: [{ start: 60, end: 71 }], content: [{ start: 72, end: 80 }] },
      { cue: [{ start: 112, end: 116 }], content: [{ start: 120, end: 150 }, { start: 160, end: 170 }] },
      { cue: [{ start: 180, end: 185 }] },
    ]);
  });

  test('a relation naming an undefined span is an error that names the file', () => {
    expect(() => parseAnn('T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Cue:T2', 'x_ab12.ann')).toThrow(/x_ab12\.ann.*Cue:T2/);
  });
});

describe('isSpeechCue', () => {
  test.each([
    ['said', true],
    ['continued:', false],
    ['has written', true],
    ['According to', true],
    ['went on to discuss', false],
    ['believes', false],
    ['has faced ridicule online', false],
    ['is expected to', false],
    ['told reporters', true],
  ])('%s → %s', (cue, speech) => expect(isSpeechCue(cue)).toBe(speech));
});

describe('matchByOverlap', () => {
  const ranges = (item: Range[]) => item;
  test('one-to-one, gold in order of position taking the first free prediction it overlaps', () => {
    const gold = [[{ start: 5, end: 15 }], [{ start: 0, end: 10 }], [{ start: 30, end: 32 }, { start: 40, end: 44 }]];
    const predicted = [[{ start: 41, end: 43 }], [{ start: 6, end: 8 }], [{ start: 50, end: 51 }]];
    const { pairs, missed, spurious } = matchByOverlap(gold, predicted, ranges, ranges);
    expect(pairs).toEqual([
      { gold: [{ start: 0, end: 10 }], predicted: [{ start: 6, end: 8 }] },
      { gold: [{ start: 30, end: 32 }, { start: 40, end: 44 }], predicted: [{ start: 41, end: 43 }] },
    ]);
    expect(missed).toEqual([[{ start: 5, end: 15 }]]);
    expect(spurious).toEqual([[{ start: 50, end: 51 }]]);
  });

  test('touching spans do not overlap', () => {
    expect(matchByOverlap([[{ start: 0, end: 5 }]], [[{ start: 5, end: 9 }]], ranges, ranges).pairs).toEqual([]);
  });
});

/** The range of the n-th occurrence of `words` in `text`. */
function find(text: string, words: string, occurrence = 0): Range {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`no ${words}`);
  return { start, end: start + words.length };
}

describe('scorePolnearDoc', () => {
  const text = 'Alice said the plan was dead. Bob believes it works, according to Carol. It rained.';
  const doc: PolnearDoc = {
    doc: 'hand-made',
    text,
    relations: [
      { cue: [find(text, 'said')], source: [find(text, 'Alice')], content: [find(text, 'the plan was dead')] },
      { cue: [find(text, 'believes')], source: [find(text, 'Bob')], content: [find(text, 'it works')] },
      { cue: [find(text, 'according to')], source: [find(text, 'Carol')], content: [find(text, 'Bob believes it works')] },
    ],
  };
  const attribution = (cue: string, source?: string, content?: string): Labelled => {
    const range = find(text, cue);
    return {
      kind: 'attribution',
      ...range,
      text: cue,
      sourceType: source ? 'named' : 'none',
      ...(source ? { source: { ...find(text, source), text: source } } : {}),
      ...(content ? { content: find(text, content) } : {}),
    };
  };
  const findings: Labelled[] = [
    attribution('said', 'Alice', 'plan was dead.'), // three of the four content words
    attribution('according to'), // right cue, no source, no content
    attribution('rained'), // no gold cue here
    { kind: 'quote', class: 'scare', start: 0, end: 5, text: 'Alice' }, // not an attribution: ignored
  ];
  const scores = scorePolnearDoc(doc, findings);

  test('cues match by overlap; speech cues leave out belief verbs on both sides', () => {
    expect(scores.cues).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(scores.speechCues).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(rates(scores.cues).f1).toBeCloseTo(2 / 3, 12);
  });

  test('source recall counts matched relations with a gold source', () => {
    expect(scores.sources).toEqual({ correct: 1, total: 2 });
    expect(accuracy(scores.sources)).toBe(0.5);
  });

  test('content words: per relation (unmatched or content-less predictions score 0), and summed', () => {
    expect(scores.content).toEqual({
      relations: 3, precisionSum: 1, recallSum: 0.75, f1Sum: 6 / 7,
      pairedRelations: 2, pairedPrecisionSum: 1, pairedRecallSum: 0.75, pairedF1Sum: 6 / 7,
      overlap: 3, gold: 10, predicted: 3,
    });
    const mean = contentRates(scores.content);
    expect(mean.precision).toBeCloseTo(1 / 3, 12);
    expect(mean.recall).toBeCloseTo(0.25, 12);
    expect(mean.f1).toBeCloseTo(2 / 7, 12);
    const micro = contentMicroRates(scores.content);
    expect(micro.precision).toBe(1);
    expect(micro.recall).toBeCloseTo(0.3, 12);
    expect(micro.f1).toBeCloseTo(6 / 13, 12);
  });

  test('tuning and check are scored apart, with their gap', () => {
    const other: PolnearDoc = { doc: 'other', text, relations: [] };
    const result = scorePolnearAttributions([doc, other], () => findings, ['other']);
    expect(result.tuning?.scores.cues).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(result.check?.scores.cues).toEqual({ tp: 0, fp: 3, fn: 0 });
    expect(result.all.scores.cues).toEqual({ tp: 2, fp: 4, fn: 1 });
    const summary = polnearSummary({ attributions: result }).attributions;
    expect(summary?.gap?.cuePrecision).toBeCloseTo(0 - 2 / 3, 12);
    expect(summary?.check?.figures.cueRecall).toBeNull();
    const report = polnearAttributionReport('hand-made', result);
    expect(report).toContain('(2 documents: 1 tuning, 1 check)');
    expect(report).toMatch(/^cue P +0\.333 +0\.667 +0\.000 +-0\.667 +tp 2 fp 4 fn 1$/m);
  });
});

describe('scorePolnearQuoteDoc', () => {
  const quote = (start: number, end: number, quoteClass: 'scare' | 'partial' | 'direct' | 'title'): Labelled => ({ kind: 'quote', class: quoteClass, start, end, text: 'q'.repeat(end - start) });
  test('class accuracy over exactly matched spans; findings of other kinds are not spurious', () => {
    const gold = [quote(0, 5, 'scare'), quote(10, 20, 'partial'), quote(30, 40, 'direct')];
    const predicted: Labelled[] = [quote(0, 5, 'scare'), quote(10, 20, 'direct'), quote(31, 40, 'direct'), { kind: 'hedge', start: 50, end: 55, text: 'hhhhh' }];
    const { scores, classAccuracy } = scorePolnearQuoteDoc(gold, predicted);
    expect(classAccuracy).toEqual({ correct: 1, total: 2 });
    expect(scores.kinds.quote).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(scores.kinds.hedge).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(scores.classes.scare).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scores.classes.direct).toEqual({ tp: 0, fp: 2, fn: 1 });
    const report = polnearQuoteReport('hand-made', scorePolnearQuotes([{ doc: 'd', text: '', gold }], () => predicted));
    expect(report).toMatch(/^class accuracy +0\.500 +1\/2 matched spans$/m);
  });
});

describe('polnearCheckDocs', () => {
  test('every third document in sorted order', () => {
    expect(polnearCheckDocs(['f', 'b', 'a', 'e', 'c', 'd', 'g'])).toEqual(['c', 'f']);
  });

  test('gives the check part that corpus/split.json records', async () => {
    const ids = readdirSync(labelDir).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
    expect(ids).toHaveLength(84);
    expect(polnearCheckDocs(ids)).toEqual((await loadSplit(corpusDir())).polnearDev);
  });
});

describe('loadPolnear on a made-up clone', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'polnear-'));
    const devDir = join(dir, 'data', 'dev');
    await mkdir(join(devDir, 'text'), { recursive: true });
    await mkdir(join(devDir, 'attributions'));
    // An emoji before the cue: brat counts it as one character, JavaScript as two.
    await writeFile(join(devDir, 'text', 'site_2016-01-01_x.txt'), '😀 Ann said so.');
    await writeFile(join(devDir, 'attributions', 'site_2016-01-01_x_bb22.ann'), 'T1\tCue 2 6\tAnn \nT2\tAttribution 2 6\tAnn \nE1\tAttribution:T2 Cue:T1\n');
    await writeFile(join(devDir, 'attributions', 'site_2016-01-01_x_aa11.ann'), 'T1\tSource 2 5\tAnn\nT2\tCue 6 10\tsaid\nT3\tAttribution 6 10\tsaid\nE1\tAttribution:T3 Cue:T2 Source:T1\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('one annotator per article (the first by name), offsets in UTF-16 units', async () => {
    const [doc, ...rest] = await loadPolnear(dir, 'dev');
    expect(rest).toEqual([]);
    expect(doc?.doc).toBe('site_2016-01-01_x');
    expect(doc?.relations).toEqual([{ cue: [{ start: 7, end: 11 }], source: [{ start: 3, end: 6 }] }]);
    expect(doc?.text.slice(7, 11)).toBe('said');
  });

  test('refuses the held-out test split and a directory that is not a clone', async () => {
    await expect(loadPolnear(dir, 'test' as PolnearSplit)).rejects.toThrow(/held out/);
    await expect(loadPolnear(join(dir, 'data'), 'dev')).rejects.toThrow(CorpusError);
    await expect(loadPolnear(join(dir, 'data'), 'dev')).rejects.toThrow(/no data\/dev\/text/);
    await expect(loadPolnear(dir, 'train')).rejects.toThrow(CorpusError);
  });
});

const polnearDir = process.env.POLNEAR_DIR ?? '/tmp/polnear';
const polnearPresent = existsSync(join(polnearDir, 'data', 'dev', 'text'));
if (!polnearPresent) console.warn(`eval-polnear integration tests skipped: no PolNeAR clone at ${polnearDir} (set POLNEAR_DIR)`);

describe.skipIf(!polnearPresent)('PolNeAR dev scored with analyze()', () => {
  const inUnitInterval = (value: number | null) => value === null || (value >= 0 && value <= 1);

  test('84 articles with their relations; every figure in [0, 1]', async () => {
    const docs = await loadPolnear(polnearDir, 'dev');
    expect(docs).toHaveLength(84);
    for (const doc of docs) {
      for (const relation of doc.relations) {
        for (const range of [...relation.cue, ...(relation.source ?? []), ...(relation.content ?? [])]) expect(range.end).toBeLessThanOrEqual(doc.text.length);
      }
    }
    expect(docs.reduce((sum, doc) => sum + doc.relations.length, 0)).toBeGreaterThan(2000);
    const check = polnearCheckDocs(docs.map((doc) => doc.doc));
    expect(check).toHaveLength(28);
    const result = scorePolnearAttributions(docs, (text) => analyze(text), check);
    const summary = polnearSummary({ attributions: result }).attributions!;
    expect([summary.tuning?.documents, summary.check?.documents]).toEqual([56, 28]);
    for (const part of [summary.all, summary.tuning, summary.check]) {
      for (const [key, value] of Object.entries(part?.figures ?? {})) expect(inUnitInterval(value), key).toBe(true);
    }
    expect(rates(result.all.scores.cues).precision).toBeGreaterThan(0);
    expect(accuracy(result.all.scores.sources)).toBeGreaterThan(0);
    // Floors a little under what the rules reach, raised as the work lands (issue 13).
    expect(summary.tuning!.figures.cueF1).toBeGreaterThanOrEqual(0.7);
    expect(summary.check!.figures.cueF1).toBeGreaterThanOrEqual(0.64);
    expect(summary.check!.figures.speechCueF1).toBeGreaterThanOrEqual(0.89);
  });

  test('the quotation classes of corpus/polnear-dev', async () => {
    const docs = await loadPolnearQuoteDocs(labelDir, polnearDir);
    expect(docs).toHaveLength(84);
    const result = scorePolnearQuotes(docs, (text) => analyze(text), polnearCheckDocs(docs.map((doc) => doc.doc)));
    expect(result.all.scores.scores.kinds.quote.tp + result.all.scores.scores.kinds.quote.fn).toBe(1053);
    const { figures } = polnearSummary({ quotes: result }).quotes!.all;
    for (const [key, value] of Object.entries(figures)) expect(inUnitInterval(value), key).toBe(true);
    expect(accuracy(result.all.scores.classAccuracy)).toBeGreaterThan(0);
    const parts = polnearSummary({ quotes: result }).quotes!;
    expect(parts.tuning!.figures.classAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(parts.check!.figures.classAccuracy).toBeGreaterThanOrEqual(0.83);
  });
});

describe('content over paired relations', () => {
  test('a gold relation no cue was found for does not count against the content of the paired ones', () => {
    const text = 'Smith said the plan failed. Jones argued that taxes rose.';
    const doc = {
      doc: 'x',
      text,
      relations: [
        { cue: [{ start: 6, end: 10 }], content: [{ start: 11, end: 26 }] },
        { cue: [{ start: 34, end: 41 }], content: [{ start: 42, end: 57 }] },
      ],
    };
    const said = { kind: 'attribution' as const, start: 6, end: 10, text: 'said', sourceType: 'named' as const, content: { start: 11, end: 26 } };
    const counts = scorePolnearDoc(doc, [said]).content;
    expect(contentPairedRates(counts).f1).toBe(1);
    expect(contentRates(counts).f1).toBe(0.5);
  });
});
