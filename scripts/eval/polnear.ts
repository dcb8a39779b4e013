/**
 * PolNeAR (Political News Attribution Relations, github networkdynamics/PolNeAR) as a development
 * yardstick: its attribution relations (cue, source, content) against the analyzer's attribution
 * findings, and our quotation classes of its dev split (corpus/polnear-dev) against the analyzer's
 * quotes, scored as the Brown eval scores them. The texts carry no licence to copy, so they are read
 * at run time from the user's own clone (`--polnear DIR`), never from the repository.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { QuoteClass, Range } from '../../src/analysis/types';
import { CorpusError, type Part } from './corpus';
import { CLASSES, accuracy, addScores, compareFindings, emptyScores, rates, scoreComparison, type Accuracy, type Counts, type Labelled, type Rates, type Scores } from './score';

// ---------------------------------------------------------------------------------------------
// Reading the corpus

/** The splits development may read; PolNeAR's `test` split is held out for a final evaluation. */
export type PolnearSplit = 'train' | 'dev';

export interface PolnearRelation {
  /** Several ranges where PolNeAR's span is discontinuous. */
  cue: Range[];
  source?: Range[];
  content?: Range[];
}

export interface PolnearDoc {
  doc: string;
  text: string;
  relations: PolnearRelation[];
}

/** `T12\tCue 767 771;780 790\tsaid`: id, type, ranges; the covered text after the second tab is not needed. */
const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t/;
/** `E3\tAttribution:T12 Cue:T11 Source:T10 Content:T9` (a second content part is `Content2`). */
const EVENT = /^E\d+\t(.*)$/;

/**
 * The attribution relations of one brat standoff file, by cue position. Lines that are neither a
 * span nor a relation (annotator notes, and the rest of a span's text that holds a line break) say
 * nothing about relations; spans no relation uses (`Discuss`, `Discard`) are dropped with them.
 */
export function parseAnn(ann: string, name = 'annotation file'): PolnearRelation[] {
  const spans = new Map<string, Range[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const textBound = TEXT_BOUND.exec(line);
    if (textBound) spans.set(textBound[1]!, parseRanges(textBound[3]!));
    const event = EVENT.exec(line);
    if (event) events.push(event[1]!);
  }
  return events
    .map((event) => relationOf(event, spans, name))
    .filter((relation): relation is PolnearRelation => relation !== undefined)
    .sort((a, b) => firstStart(a.cue) - firstStart(b.cue));
}

function parseRanges(field: string): Range[] {
  return field
    .split(';')
    .map((pair) => pair.split(' ').map(Number))
    .map(([start = 0, end = 0]) => ({ start, end }))
    .sort((a, b) => a.start - b.start);
}

function relationOf(event: string, spans: ReadonlyMap<string, Range[]>, name: string): PolnearRelation | undefined {
  const parts: Record<'trigger' | 'cue' | 'source' | 'content', Range[]> = { trigger: [], cue: [], source: [], content: [] };
  for (const argument of event.split(/\s+/).filter(Boolean)) {
    const [role = '', id = ''] = argument.split(':');
    const ranges = spans.get(id);
    if (!ranges) throw new CorpusError(`${name}: relation argument ${argument} names no span`);
    const part = ROLE_PART[role.replace(/\d+$/, '')];
    if (part) parts[part].push(...ranges);
  }
  // The trigger repeats the cue's span; it is all a relation has when its Cue link was left out.
  const cue = parts.cue.length > 0 ? parts.cue : parts.trigger;
  if (cue.length === 0) return undefined;
  return {
    cue: byStart(cue),
    ...(parts.source.length > 0 ? { source: byStart(parts.source) } : {}),
    ...(parts.content.length > 0 ? { content: byStart(parts.content) } : {}),
  };
}

const ROLE_PART: Record<string, 'trigger' | 'cue' | 'source' | 'content'> = {
  Attribution: 'trigger',
  'Attribution-no-source': 'trigger',
  Cue: 'cue',
  Source: 'source',
  Content: 'content',
};

/**
 * Every article of a split with the relations of its first annotator (by sorted file name): the few
 * articles annotated several times for agreement would otherwise count several times.
 */
export async function loadPolnear(dir: string, split: PolnearSplit): Promise<PolnearDoc[]> {
  if (split !== 'train' && split !== 'dev') {
    throw new CorpusError(`PolNeAR split ${JSON.stringify(split)} refused: only train and dev may be read; test is held out for a final evaluation`);
  }
  requirePolnearDir(dir);
  const textDir = join(dir, 'data', split, 'text');
  const annDir = join(dir, 'data', split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) throw new CorpusError(`${dir} has no data/${split}/text and data/${split}/attributions`);
  const annFiles = firstAnnotatorFiles(await readdir(annDir));
  const docs = (await readdir(textDir)).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -'.txt'.length)).sort();
  return Promise.all(
    docs.map(async (doc) => {
      const annFile = annFiles.get(doc);
      if (!annFile) throw new CorpusError(`${doc}: no attribution file in ${annDir}`);
      const text = await readFile(join(textDir, `${doc}.txt`), 'utf8');
      const relations = parseAnn(await readFile(join(annDir, annFile), 'utf8'), annFile);
      return { doc, text, relations: inUtf16(text, relations) };
    }),
  );
}

function requirePolnearDir(dir: string): void {
  if (!existsSync(join(dir, 'data', 'dev', 'text'))) {
    throw new CorpusError(`${dir} is not a PolNeAR clone (no data/dev/text): pass the directory of git clone https://github.com/networkdynamics/PolNeAR`);
  }
}

/** `<basename>_<annotator>.ann` → the first file of each basename. */
function firstAnnotatorFiles(names: readonly string[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const name of names.filter((file) => file.endsWith('.ann')).sort()) {
    const doc = name.replace(/_[^_]+\.ann$/, '');
    if (!first.has(doc)) first.set(doc, name);
  }
  return first;
}

/** brat counts code points (Python strings), the analyzer UTF-16 units; they part only after a character beyond the BMP. */
function inUtf16(text: string, relations: PolnearRelation[]): PolnearRelation[] {
  if (!/[\uD800-\uDBFF]/.test(text)) return relations;
  const units: number[] = [];
  let unit = 0;
  for (const char of text) {
    units.push(unit);
    unit += char.length;
  }
  const at = (offset: number) => units[offset] ?? unit;
  const convert = (ranges: Range[] | undefined) => ranges?.map(({ start, end }) => ({ start: at(start), end: at(end) }));
  return relations.map(({ cue, source, content }) => ({
    cue: convert(cue) ?? [],
    ...(source ? { source: convert(source) } : {}),
    ...(content ? { content: convert(content) } : {}),
  }));
}

/** One PolNeAR dev article with our quotation labels (corpus/polnear-dev), in the shape score.ts compares. */
export interface PolnearQuoteDoc {
  doc: string;
  text: string;
  gold: Labelled[];
}

interface QuoteLabelFile {
  doc: string;
  textSha256?: string;
  findings: Array<{ kind: 'quote'; class: QuoteClass; start: number; end: number }>;
}

/** The label files hold offsets only, so each text is rebuilt from the clone and checked against the labels' hash. */
export async function loadPolnearQuoteDocs(labelDir: string, polnearDir: string): Promise<PolnearQuoteDoc[]> {
  if (!existsSync(labelDir)) throw new CorpusError(`no quotation labels of PolNeAR dev at ${labelDir}`);
  requirePolnearDir(polnearDir);
  const names = (await readdir(labelDir)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => {
      const labels = JSON.parse(await readFile(join(labelDir, name), 'utf8')) as QuoteLabelFile;
      const file = join(polnearDir, 'data', 'dev', 'text', `${labels.doc}.txt`);
      if (!existsSync(file)) throw new CorpusError(`${name}: no text ${file}`);
      const text = checkedText(labels, await readFile(file, 'utf8'));
      const gold = labels.findings.map((finding): Labelled => ({ ...finding, text: text.slice(finding.start, finding.end) }));
      return { doc: labels.doc, text, gold };
    }),
  );
}

function checkedText(labels: QuoteLabelFile, text: string): string {
  if (labels.textSha256 === undefined) return text;
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  if (sha256 !== labels.textSha256) {
    throw new CorpusError(`${labels.doc}: text sha256 ${sha256} differs from the labels' ${labels.textSha256}; is the clone at PolNeAR commit c3eee83?`);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// The tuning/check split

/** Which documents are the check part: a predicate, or their ids. */
export type CheckRule = ((doc: string) => boolean) | Iterable<string>;

/** The project's fixed split of PolNeAR dev: in sorted order, every third document (index % 3 === 2) checks. */
export function polnearCheckDocs(ids: readonly string[]): string[] {
  return [...ids].sort().filter((_, index) => index % 3 === 2);
}

function checkPredicate(rule: CheckRule): (doc: string) => boolean {
  if (typeof rule === 'function') return rule;
  const check = new Set(rule);
  return (doc) => check.has(doc);
}

export interface PartResult<S> {
  documents: number;
  scores: S;
}

export interface SplitResult<S> {
  all: PartResult<S>;
  /** Present when a check rule was given. */
  tuning?: PartResult<S>;
  check?: PartResult<S>;
  perDocument: Array<{ doc: string; part?: Part; scores: S }>;
}

function splitResult<S>(perDocument: Array<{ doc: string; scores: S }>, add: (a: S, b: S) => S, empty: S, rule?: CheckRule): SplitResult<S> {
  const total = (docs: ReadonlyArray<{ scores: S }>): PartResult<S> => ({ documents: docs.length, scores: docs.reduce((sum, doc) => add(sum, doc.scores), empty) });
  if (rule === undefined) return { all: total(perDocument), perDocument };
  const isCheck = checkPredicate(rule);
  const labelled = perDocument.map((entry) => ({ ...entry, part: isCheck(entry.doc) ? ('check' as const) : ('tuning' as const) }));
  return {
    all: total(labelled),
    tuning: total(labelled.filter((entry) => entry.part === 'tuning')),
    check: total(labelled.filter((entry) => entry.part === 'check')),
    perDocument: labelled,
  };
}

/** The analyzer, or any stand-in: findings for a text. */
export type Predict = (text: string) => readonly Labelled[];

// ---------------------------------------------------------------------------------------------
// Scoring attribution relations

export interface ContentCounts {
  /** Gold relations whose content has a word. */
  relations: number;
  /** Per-relation precision, recall and F1 of content words, summed for the mean over relations. */
  precisionSum: number;
  recallSum: number;
  f1Sum: number;
  /** The same sums over the gold relations paired with a predicted cue: the content's own quality, apart from cue recall. */
  pairedRelations: number;
  pairedPrecisionSum: number;
  pairedRecallSum: number;
  pairedF1Sum: number;
  /** Content word tokens summed over those relations, for the micro figures. */
  overlap: number;
  gold: number;
  predicted: number;
}

export interface AttributionScores {
  /** A predicted cue is a true positive when it overlaps a gold cue (one-to-one). */
  cues: Counts;
  /** The same, over cues that carry a speech verb (not a belief verb) or "according to", on either side. */
  speechCues: Counts;
  /** Over matched gold relations with a source: the predicted source overlaps it. */
  sources: Accuracy;
  content: ContentCounts;
}

type Attribution = Extract<Labelled, { kind: 'attribution' }>;

export interface OverlapMatch<G, P> {
  pairs: Array<{ gold: G; predicted: P }>;
  missed: G[];
  spurious: P[];
}

/**
 * One-to-one pairs of items whose ranges overlap: gold items in order of position, each taking the
 * first free prediction (by position) it overlaps. Cue extents differ between PolNeAR's guidelines
 * and ours ("went on to discuss" vs "discuss"), so exact spans would miss agreements on the cue.
 */
export function matchByOverlap<G, P>(gold: readonly G[], predicted: readonly P[], goldRanges: (item: G) => readonly Range[], predictedRanges: (item: P) => readonly Range[]): OverlapMatch<G, P> {
  const byPosition = <T>(items: readonly T[], ranges: (item: T) => readonly Range[]) => [...items].sort((a, b) => firstStart(ranges(a)) - firstStart(ranges(b)));
  const free = byPosition(predicted, predictedRanges);
  const pairs: OverlapMatch<G, P>['pairs'] = [];
  const missed: G[] = [];
  for (const item of byPosition(gold, goldRanges)) {
    const index = free.findIndex((candidate) => rangesOverlap(goldRanges(item), predictedRanges(candidate)));
    if (index < 0) missed.push(item);
    else pairs.push({ gold: item, predicted: free.splice(index, 1)[0]! });
  }
  return { pairs, missed, spurious: free };
}

export function scorePolnearDoc(doc: PolnearDoc, findings: readonly Labelled[]): AttributionScores {
  const predicted = findings.filter((finding): finding is Attribution => finding.kind === 'attribution');
  const cueRanges = (relation: PolnearRelation) => relation.cue;
  const match = matchByOverlap(doc.relations, predicted, cueRanges, (finding) => [finding]);
  const isSpeechGold = (relation: PolnearRelation) => isSpeechCue(relation.cue.map((range) => doc.text.slice(range.start, range.end)).join(' '));
  const speech = matchByOverlap(doc.relations.filter(isSpeechGold), predicted.filter((finding) => isSpeechCue(finding.text)), cueRanges, (finding) => [finding]);
  return {
    cues: countsOf(match),
    speechCues: countsOf(speech),
    sources: sourceAccuracy(match.pairs),
    content: contentCounts(doc.text, doc.relations, match.pairs),
  };
}

function countsOf(match: OverlapMatch<unknown, unknown>): Counts {
  return { tp: match.pairs.length, fp: match.spurious.length, fn: match.missed.length };
}

function sourceAccuracy(pairs: OverlapMatch<PolnearRelation, Attribution>['pairs']): Accuracy {
  const withSource = pairs.filter((pair) => pair.gold.source !== undefined);
  const found = withSource.filter(({ gold, predicted }) => predicted.source !== undefined && rangesOverlap(gold.source ?? [], [predicted.source]));
  return { correct: found.length, total: withSource.length };
}

/** An unmatched gold relation, or a matched one whose prediction has no content, scores 0. */
function contentCounts(text: string, relations: readonly PolnearRelation[], pairs: OverlapMatch<PolnearRelation, Attribution>['pairs']): ContentCounts {
  const tokens = wordTokens(text);
  const predictedFor = new Map(pairs.map((pair) => [pair.gold, pair.predicted]));
  const counts = emptyContentCounts();
  for (const relation of relations) {
    const gold = tokensIn(tokens, relation.content ?? []);
    if (gold.size === 0) continue;
    const pair = predictedFor.get(relation);
    const content = pair?.content;
    const predicted = tokensIn(tokens, content ? [content] : []);
    const overlap = [...gold].filter((token) => predicted.has(token)).length;
    const precision = predicted.size === 0 ? 0 : overlap / predicted.size;
    const recall = overlap / gold.size;
    const f1 = (2 * overlap) / (gold.size + predicted.size);
    counts.relations += 1;
    counts.precisionSum += precision;
    counts.recallSum += recall;
    counts.f1Sum += f1;
    if (pair) {
      counts.pairedRelations += 1;
      counts.pairedPrecisionSum += precision;
      counts.pairedRecallSum += recall;
      counts.pairedF1Sum += f1;
    }
    counts.overlap += overlap;
    counts.gold += gold.size;
    counts.predicted += predicted.size;
  }
  return counts;
}

/** Words and numbers, with inner apostrophes and hyphens ("doesn’t", "forty-three"): punctuation is not content. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function wordTokens(text: string): Range[] {
  return [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** Indices of the tokens a range touches: a word cut by a span boundary still counts as inside. */
function tokensIn(tokens: readonly Range[], ranges: readonly Range[]): Set<number> {
  const inside = new Set<number>();
  tokens.forEach((token, index) => {
    if (rangesOverlap([token], ranges)) inside.add(index);
  });
  return inside;
}

/**
 * The reporting verbs the guide lists (docs/annotation.md §2), in all their forms: a fixed measure
 * that stays put while the rules and their lexicon change. Belief verbs credit a state of mind,
 * which PolNeAR marks too.
 */
const SPEECH_FORMS: ReadonlySet<string> = new Set(
  [
    'say says said saying', 'tell tells told telling', 'report reports reported reporting', 'claim claims claimed claiming',
    'state states stated stating', 'announce announces announced announcing', 'add adds added adding',
    'deny denies denied denying', 'confirm confirms confirmed confirming', 'allege alleges alleged alleging',
    'argue argues argued arguing', 'warn warns warned warning', 'insist insists insisted insisting',
    'note notes noted noting', 'explain explains explained explaining', 'write writes wrote written writing',
    'ask asks asked asking', 'urge urges urged urging', 'declare declares declared declaring',
    'admit admits admitted admitting', 'quote quotes quoted quoting', 'cite cites cited citing',
  ].flatMap((line) => line.split(' ')),
);

/** A cue reports speech when one of its words is a form of one of the guide's reporting verbs, or it says "according to". */
export function isSpeechCue(cueText: string): boolean {
  const words = (cueText.toLowerCase().match(WORD) ?? []) as string[];
  return words.some((word, index) => SPEECH_FORMS.has(word) || (word === 'according' && words[index + 1] === 'to'));
}

export function emptyAttributionScores(): AttributionScores {
  return { cues: { tp: 0, fp: 0, fn: 0 }, speechCues: { tp: 0, fp: 0, fn: 0 }, sources: { correct: 0, total: 0 }, content: emptyContentCounts() };
}

function emptyContentCounts(): ContentCounts {
  return { relations: 0, precisionSum: 0, recallSum: 0, f1Sum: 0, pairedRelations: 0, pairedPrecisionSum: 0, pairedRecallSum: 0, pairedF1Sum: 0, overlap: 0, gold: 0, predicted: 0 };
}

export function addAttributionScores(a: AttributionScores, b: AttributionScores): AttributionScores {
  const sum = <T extends object>(x: T, y: T): T => Object.fromEntries(Object.entries(x).map(([key, value]) => [key, (value as number) + (y[key as keyof T] as number)])) as T;
  return { cues: sum(a.cues, b.cues), speechCues: sum(a.speechCues, b.speechCues), sources: sum(a.sources, b.sources), content: sum(a.content, b.content) };
}

/** Content words per relation, averaged over gold relations with content. */
export function contentRates(content: ContentCounts): Rates {
  const mean = (sum: number) => ratio(sum, content.relations);
  return { precision: mean(content.precisionSum), recall: mean(content.recallSum), f1: mean(content.f1Sum) };
}

/** Content words per relation, averaged over the gold relations paired with a predicted cue. */
export function contentPairedRates(content: ContentCounts): Rates {
  const mean = (sum: number) => ratio(sum, content.pairedRelations);
  return { precision: mean(content.pairedPrecisionSum), recall: mean(content.pairedRecallSum), f1: mean(content.pairedF1Sum) };
}

/** Content words summed over all relations before dividing. */
export function contentMicroRates(content: ContentCounts): Rates {
  const { overlap, gold, predicted } = content;
  return { precision: ratio(overlap, predicted), recall: ratio(overlap, gold), f1: ratio(2 * overlap, gold + predicted) };
}

export function scorePolnearAttributions(docs: readonly PolnearDoc[], predict: Predict, check?: CheckRule): SplitResult<AttributionScores> {
  const perDocument = docs.map((doc) => ({ doc: doc.doc, scores: scorePolnearDoc(doc, predict(doc.text)) }));
  return splitResult(perDocument, addAttributionScores, emptyAttributionScores(), check);
}

// ---------------------------------------------------------------------------------------------
// Scoring quotation classes

export interface QuoteScores {
  /** score.ts's scores of the quote kind: span P/R/F1 and per-class P/R/F1. */
  scores: Scores;
  /** Over quote spans matched exactly: the same class. */
  classAccuracy: Accuracy;
}

/** The labels cover quotations only, so the analyzer's other findings are not spurious here. */
export function scorePolnearQuoteDoc(gold: readonly Labelled[], findings: readonly Labelled[]): QuoteScores {
  const comparison = compareFindings(gold, findings.filter((finding) => finding.kind === 'quote'));
  const pairs = comparison.quote.pairs;
  const sameClass = pairs.filter(({ gold: g, predicted: p }) => g.kind === 'quote' && p.kind === 'quote' && g.class === p.class);
  return { scores: scoreComparison(comparison), classAccuracy: { correct: sameClass.length, total: pairs.length } };
}

function addQuoteScores(a: QuoteScores, b: QuoteScores): QuoteScores {
  return {
    scores: addScores(a.scores, b.scores),
    classAccuracy: { correct: a.classAccuracy.correct + b.classAccuracy.correct, total: a.classAccuracy.total + b.classAccuracy.total },
  };
}

export function scorePolnearQuotes(docs: readonly PolnearQuoteDoc[], predict: Predict, check?: CheckRule): SplitResult<QuoteScores> {
  const perDocument = docs.map((doc) => ({ doc: doc.doc, scores: scorePolnearQuoteDoc(doc.gold, predict(doc.text)) }));
  return splitResult(perDocument, addQuoteScores, { scores: emptyScores(), classAccuracy: { correct: 0, total: 0 } }, check);
}

// ---------------------------------------------------------------------------------------------
// Reporting

interface Figure<S> {
  key: string;
  label: string;
  value: (scores: S) => number | null;
  /** The counts behind the figure, shown for the whole set. */
  counts?: (scores: S) => string;
}

const countsText = ({ tp, fp, fn }: Counts) => `tp ${tp} fp ${fp} fn ${fn}`;

function rateFigures<S>(key: string, label: string, ratesOf: (scores: S) => Rates, counts?: (scores: S) => string): Array<Figure<S>> {
  return [
    { key: `${key}Precision`, label: `${label} P`, value: (s) => ratesOf(s).precision, ...(counts ? { counts } : {}) },
    { key: `${key}Recall`, label: `${label} R`, value: (s) => ratesOf(s).recall },
    { key: `${key}F1`, label: `${label} F1`, value: (s) => ratesOf(s).f1 },
  ];
}

const ATTRIBUTION_FIGURES: ReadonlyArray<Figure<AttributionScores>> = [
  ...rateFigures<AttributionScores>('cue', 'cue', (s) => rates(s.cues), (s) => countsText(s.cues)),
  ...rateFigures<AttributionScores>('speechCue', 'speech cue', (s) => rates(s.speechCues), (s) => countsText(s.speechCues)),
  { key: 'sourceRecall', label: 'source recall', value: (s) => accuracy(s.sources), counts: (s) => `${s.sources.correct}/${s.sources.total} matched with a source` },
  ...rateFigures<AttributionScores>('content', 'content (mean)', (s) => contentRates(s.content), (s) => `${s.content.relations} relations with content`),
  ...rateFigures<AttributionScores>('contentPaired', 'content (paired)', (s) => contentPairedRates(s.content), (s) => `${s.content.pairedRelations} relations paired by cue`),
  ...rateFigures<AttributionScores>('contentWords', 'content (words)', (s) => contentMicroRates(s.content), (s) => `${s.content.overlap} of ${s.content.gold} gold, ${s.content.predicted} predicted words`),
];

const QUOTE_FIGURES: ReadonlyArray<Figure<QuoteScores>> = [
  ...rateFigures<QuoteScores>('quote', 'quote span', (s) => rates(s.scores.kinds.quote), (s) => countsText(s.scores.kinds.quote)),
  { key: 'classAccuracy', label: 'class accuracy', value: (s) => accuracy(s.classAccuracy), counts: (s) => `${s.classAccuracy.correct}/${s.classAccuracy.total} matched spans` },
  ...CLASSES.flatMap((quoteClass) => rateFigures<QuoteScores>(quoteClass, quoteClass, (s) => rates(s.scores.classes[quoteClass]), (s) => countsText(s.scores.classes[quoteClass]))),
];

const LABEL_WIDTH = 20;
const CELL_WIDTH = 9;

export function polnearAttributionReport(title: string, result: SplitResult<AttributionScores>): string {
  return figureTable(title, result, ATTRIBUTION_FIGURES);
}

export function polnearQuoteReport(title: string, result: SplitResult<QuoteScores>): string {
  return figureTable(title, result, QUOTE_FIGURES);
}

/** One row per figure: the whole set, then tuning, check and their gap (check − tuning) when split. */
function figureTable<S>(title: string, result: SplitResult<S>, figures: ReadonlyArray<Figure<S>>): string {
  const { tuning, check } = result;
  const parts = tuning && check ? `: ${tuning.documents} tuning, ${check.documents} check` : '';
  const header = ['all', ...(tuning && check ? ['tuning', 'check', 'gap'] : [])];
  const lines = [`== ${title} (${result.all.documents} documents${parts}) ==`, `${''.padEnd(LABEL_WIDTH)}${header.map((cell) => cell.padStart(CELL_WIDTH)).join('')}   counts (all)`];
  for (const figure of figures) {
    const all = figure.value(result.all.scores);
    const split = tuning && check ? splitCells(figure.value(tuning.scores), figure.value(check.scores)) : [];
    const counts = figure.counts ? `   ${figure.counts(result.all.scores)}` : '';
    lines.push(`${figure.label.padEnd(LABEL_WIDTH)}${[decimal(all), ...split].map((cell) => cell.padStart(CELL_WIDTH)).join('')}${counts}`.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

function splitCells(tuning: number | null, check: number | null): string[] {
  return [decimal(tuning), decimal(check), signed(gapOf(tuning, check))];
}

function gapOf(tuning: number | null, check: number | null): number | null {
  return tuning === null || check === null ? null : check - tuning;
}

export type Figures = Record<string, number | null>;

export interface PartSummary {
  documents: number;
  figures: Figures;
}

export interface SplitSummary<S> {
  all: PartSummary;
  /** Present when the result was split. */
  tuning?: PartSummary;
  check?: PartSummary;
  /** check − tuning, figure by figure. */
  gap?: Figures;
  /** The counts behind the figures of the whole set. */
  counts: S;
}

export interface PolnearSummary {
  attributions?: SplitSummary<AttributionScores>;
  quotes?: SplitSummary<QuoteScores>;
}

/** The figures by key, for each part, plus the gap: what scripts compare between runs. */
export function polnearSummary(result: { attributions?: SplitResult<AttributionScores>; quotes?: SplitResult<QuoteScores> }): PolnearSummary {
  return {
    ...(result.attributions ? { attributions: splitSummary(result.attributions, ATTRIBUTION_FIGURES) } : {}),
    ...(result.quotes ? { quotes: splitSummary(result.quotes, QUOTE_FIGURES) } : {}),
  };
}

function splitSummary<S>(result: SplitResult<S>, figures: ReadonlyArray<Figure<S>>): SplitSummary<S> {
  const values = (scores: S): Figures => Object.fromEntries(figures.map((figure) => [figure.key, figure.value(scores)]));
  const part = ({ documents, scores }: PartResult<S>): PartSummary => ({ documents, figures: values(scores) });
  const { tuning, check } = result;
  if (!tuning || !check) return { all: part(result.all), counts: result.all.scores };
  const gap = Object.fromEntries(figures.map((figure) => [figure.key, gapOf(figure.value(tuning.scores), figure.value(check.scores))]));
  return { all: part(result.all), tuning: part(tuning), check: part(check), gap, counts: result.all.scores };
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

function rangesOverlap(a: readonly Range[], b: readonly Range[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

function firstStart(ranges: readonly Range[]): number {
  return ranges.reduce((min, range) => Math.min(min, range.start), Number.POSITIVE_INFINITY);
}

function byStart(ranges: Range[]): Range[] {
  return ranges.sort((a, b) => a.start - b.start || a.end - b.end);
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** A dash where the figure is undefined, as in report-text.ts. */
function decimal(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

function signed(value: number | null): string {
  return value === null ? '–' : `${value >= 0 ? '+' : ''}${value.toFixed(3)}`;
}
