/**
 * `npm run eval -- --lang-dev DIR`: the German, French, Spanish and Russian news articles of
 * corpus/lang-dev, whose texts stay in their public repositories. DIR holds a clone of each named
 * repository as DIR/<owner>+<name>/repo (corpus/lang-dev/README.md); corpus/lang-dev/text.mjs rebuilds
 * each text and checks it against its label file's hash. Scored per language and per part of the split.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANGUAGES, type LanguageCode } from '../../src/analysis';
import { CorpusError, PARTS, type Part } from './corpus';
import type { LanguageDoc } from './languages';
import { accuracy, addScores, emptyScores, rates, type Labelled, type Scores } from './score';

type LoadDoc = (mirrorsDir: string, jsonPath: string) => { labels: { doc: string; findings: Labelled[] }; text: string };

export async function loadLangDevDocs(corpusDir: string, mirrorsDir: string, check: Readonly<Record<string, readonly string[]>>): Promise<LanguageDoc[]> {
  const dir = join(corpusDir, 'lang-dev');
  if (!existsSync(mirrorsDir)) throw new CorpusError(`no repository clones at ${mirrorsDir} (corpus/lang-dev/README.md says which)`);
  const { loadDoc } = (await import(pathToFileURL(join(dir, 'text.mjs')).href)) as { loadDoc: LoadDoc };
  const docs: LanguageDoc[] = [];
  for (const lang of LANGUAGES.filter((code) => code !== 'en')) {
    if (!existsSync(join(dir, lang))) continue;
    for (const name of (await readdir(join(dir, lang))).filter((file) => file.endsWith('.json')).sort()) {
      let loaded;
      try {
        loaded = loadDoc(mirrorsDir, join(dir, lang, name));
      } catch (error) {
        throw new CorpusError(`lang-dev ${lang}/${name}: ${(error as Error).message}`);
      }
      const { labels, text } = loaded;
      const part: Part = check[lang]?.includes(labels.doc) ? 'check' : 'tuning';
      docs.push({ doc: labels.doc, lang, text, gold: labels.findings, part });
    }
  }
  return docs;
}

export type LangDevScores = Map<LanguageCode, Record<Part, Scores>>;

export function addLangDevScores(table: LangDevScores, doc: LanguageDoc, scores: Scores): void {
  const row = table.get(doc.lang) ?? { tuning: emptyScores(), check: emptyScores() };
  row[doc.part] = addScores(row[doc.part], scores);
  table.set(doc.lang, row);
}

/** Issue 17's targets on the check part: per language, and scare F1 over the four together. */
export const LANG_DEV_TARGETS = { classAccuracy: 0.85, attribution: 0.8, sourceType: 0.85, scare: 0.7 } as const;

export function langDevTable(table: LangDevScores): string {
  const header = ['lang', 'part', 'quotes F1', 'class acc', 'scare P', 'scare F1', 'attrib F1', 'sourceType'];
  const lines = [
    `== lang-dev: German, French, Spanish and Russian news (targets on the check part: class accuracy ≥ ${LANG_DEV_TARGETS.classAccuracy}, attribution F1 ≥ ${LANG_DEV_TARGETS.attribution}, sourceType ≥ ${LANG_DEV_TARGETS.sourceType}; scare F1 ≥ ${LANG_DEV_TARGETS.scare} over all four) ==`,
    header.map((cell) => cell.padEnd(11)).join(''),
  ];
  const all: Record<Part, Scores> = { tuning: emptyScores(), check: emptyScores() };
  for (const [lang, row] of table) {
    for (const part of PARTS) {
      all[part] = addScores(all[part], row[part]);
      lines.push(rowCells(lang, part, row[part]));
    }
  }
  for (const part of PARTS) lines.push(rowCells('all', part, all[part]));
  return `${lines.join('\n')}\n`;
}

function rowCells(lang: string, part: Part, scores: Scores): string {
  const cells = [
    lang,
    part,
    decimal(rates(scores.kinds.quote).f1),
    decimal(accuracy(scores.quoteClass)),
    decimal(rates(scores.classes.scare).precision),
    decimal(rates(scores.classes.scare).f1),
    decimal(rates(scores.kinds.attribution).f1),
    decimal(accuracy(scores.sourceType)),
  ];
  return cells.map((cell) => cell.padEnd(11)).join('').trimEnd();
}

const decimal = (value: number | null) => (value === null ? '–' : value.toFixed(3));
