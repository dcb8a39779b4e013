/**
 * The labelled texts of tests/fixtures/lang (one or more per language, named "<lang>-<topic>"), scored
 * per language against the issue-7 targets.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LANGUAGES, type LanguageCode } from '../../src/analysis';
import { CorpusError, type EvalDoc } from './corpus';
import { rates, type Counts, type Scores } from './score';

export interface LanguageDoc extends EvalDoc {
  lang: LanguageCode;
}

export function languageFixturesDir(root: string): string {
  return join(root, 'tests', 'fixtures', 'lang');
}

export async function loadLanguageDocs(dir: string): Promise<LanguageDoc[]> {
  if (!existsSync(dir)) return [];
  const docs: LanguageDoc[] = [];
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.json')).sort()) {
    const gold = JSON.parse(await readFile(join(dir, name), 'utf8')) as { doc: string; textSha256: string; findings: EvalDoc['gold'] };
    const lang = LANGUAGES.find((code) => gold.doc.startsWith(`${code}-`));
    if (!lang) throw new CorpusError(`${name}: a labelled text's id starts with its language (${LANGUAGES.join(', ')})`);
    const text = await readFile(join(dir, `${gold.doc}.txt`), 'utf8');
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    if (sha256 !== gold.textSha256) throw new CorpusError(`${gold.doc}: text sha256 ${sha256} differs from the labels' ${gold.textSha256}`);
    // Written to exercise the rules, so they are part of what the rules are tuned on.
    docs.push({ doc: gold.doc, lang, text, gold: gold.findings, part: 'tuning' });
  }
  return docs;
}

/** Issue 7's targets, per language. */
export const LANGUAGE_TARGETS = { quote: 0.97, scare: 0.8, attribution: 0.85 } as const;

export function languageTable(perLanguage: ReadonlyMap<LanguageCode, Scores>): string {
  const header = ['lang', 'quote F1', 'scare F1', 'partial F1', 'direct F1', 'title F1', 'attrib F1', 'hedge F1', 'sourceType', 'source', 'targets'];
  const lines = [
    `== per language: tests/fixtures/lang (targets: quote F1 ≥ ${LANGUAGE_TARGETS.quote}, scare F1 ≥ ${LANGUAGE_TARGETS.scare}, attribution F1 ≥ ${LANGUAGE_TARGETS.attribution}) ==`,
    header.map((cell) => cell.padEnd(11)).join(''),
  ];
  for (const [lang, scores] of perLanguage) {
    const f1 = (counts: Counts) => rates(counts).f1;
    const met = (f1(scores.kinds.quote) ?? 0) >= LANGUAGE_TARGETS.quote && (f1(scores.classes.scare) ?? 0) >= LANGUAGE_TARGETS.scare && (f1(scores.kinds.attribution) ?? 0) >= LANGUAGE_TARGETS.attribution;
    const cells = [
      lang,
      ...[scores.kinds.quote, scores.classes.scare, scores.classes.partial, scores.classes.direct, scores.classes.title, scores.kinds.attribution, scores.kinds.hedge].map((counts) => decimal(f1(counts))),
      `${scores.sourceType.correct}/${scores.sourceType.total}`,
      `${scores.sourceSpan.correct}/${scores.sourceSpan.total}`,
      met ? 'met' : 'NOT met',
    ];
    lines.push(cells.map((cell) => cell.padEnd(11)).join('').trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

const decimal = (value: number | null) => (value === null ? '–' : value.toFixed(3));
