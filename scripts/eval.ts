/**
 * `npm run eval`: scores analyze() against every labelled text in corpus/, separately for curly and
 * straight quotes and for the tuning and check parts of corpus/split.json, and against the labelled
 * texts of tests/fixtures/lang, per language (the analyzer detects each text's language itself, as it
 * does on a page). `--verbose` lists each error of the tuning part with context, `--doc ID`
 * (repeatable) does so for the named tuning documents only: the check part's errors are never shown,
 * so that no rule is fitted to them. `--json` prints the scores for scripts. `--polnear DIR` (a clone
 * of PolNeAR) adds its dev split: cues, sources and content of the attribution relations against
 * PolNeAR's labels, and quotation classes against corpus/polnear-dev. Its test split is never read.
 * `--lang-dev DIR` (clones of the repositories corpus/lang-dev names, as DIR/<owner>+<name>/repo) adds
 * the German, French, Spanish and Russian news articles, per language and part.
 */
import { parseArgs } from 'node:util';
import { analyze } from '../src/analysis';
import { exitQuietlyOnClosedPipe } from '../src/cli/closed-pipe';
import { join } from 'node:path';
import { CorpusError, PARTS, VARIANTS, loadEvalCorpus, loadSplit, type EvalDoc, type Part, type Variant } from './eval/corpus';
import {
  loadPolnear,
  loadPolnearQuoteDocs,
  polnearAttributionReport,
  polnearQuoteReport,
  polnearSummary,
  scorePolnearAttributions,
  scorePolnearQuotes,
} from './eval/polnear';
import { addLangDevScores, langDevTable, loadLangDevDocs, type LangDevScores } from './eval/lang-dev';
import { languageFixturesDir, languageTable, loadLanguageDocs, type LanguageDoc } from './eval/languages';
import { brownCorpusDir, corpusDir, repoRoot } from './eval/paths';
import { errorListing } from './eval/report-errors';
import { scoresJson } from './eval/report-json';
import { scoreReport, splitReport, type DocumentScores } from './eval/report-text';
import { addScores, compareFindings, emptyScores, scoreComparison, type Scores } from './eval/score';
import type { LanguageCode } from '../src/analysis';

const USAGE = 'usage: npm run eval -- [--verbose] [--doc ID]... [--json] [--polnear DIR] [--lang-dev DIR]';

const VARIANT_TITLE: Record<Variant, string> = {
  curly: 'curly quotes: Brown press texts',
  straight: 'straight quotes: Brown press texts and seed articles',
};

function options() {
  try {
    return parseArgs({
      options: {
        verbose: { type: 'boolean', short: 'v' },
        doc: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        polnear: { type: 'string' },
        'lang-dev': { type: 'string' },
      },
    }).values;
  } catch (error) {
    console.error(`eval: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<number> {
  const { verbose = false, doc: onlyDocs, json = false, polnear, 'lang-dev': langDev } = options();
  let corpus;
  let languageDocs;
  let polnearDocs;
  let langDevDocs: LanguageDoc[] = [];
  try {
    if (langDev !== undefined) langDevDocs = await loadLangDevDocs(corpusDir(), langDev, (await loadSplit(corpusDir())).langDev);
    corpus = await loadEvalCorpus(corpusDir(), brownCorpusDir());
    languageDocs = await loadLanguageDocs(languageFixturesDir(repoRoot()));
    if (polnear !== undefined && !onlyDocs) {
      polnearDocs = {
        relations: await loadPolnear(polnear, 'dev'),
        quotes: await loadPolnearQuoteDocs(join(corpusDir(), 'polnear-dev'), polnear),
        check: (await loadSplit(corpusDir())).polnearDev,
      };
    }
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    console.error(`eval: ${error.message}`);
    return 1;
  }
  const known = new Set([...VARIANTS.flatMap((variant) => corpus[variant].map((doc) => doc.doc)), ...languageDocs.map((doc) => doc.doc), ...langDevDocs.map((doc) => doc.doc)]);
  const unknown = onlyDocs?.filter((id) => !known.has(id)) ?? [];
  if (unknown.length > 0) {
    console.error(`eval: no labelled document ${unknown.join(', ')} (have ${[...known].join(', ')})\n${USAGE}`);
    return 2;
  }
  const checked = [...corpus.straight, ...langDevDocs].filter((doc) => doc.part === 'check' && onlyDocs?.includes(doc.doc)).map((doc) => doc.doc);
  if (checked.length > 0) {
    console.error(`eval: ${checked.join(', ')} ${checked.length === 1 ? 'is' : 'are'} in the check part: only its figures are read, never its errors`);
    return 2;
  }
  const selected = <D extends EvalDoc>(docs: D[]) => (onlyDocs ? docs.filter((doc) => onlyDocs.includes(doc.doc)) : docs);
  const listErrors = verbose || onlyDocs !== undefined;

  const report: Record<string, unknown> = {};
  for (const variant of VARIANTS) {
    if (selected(corpus[variant]).length === 0) continue;
    let overall = emptyScores();
    const byPart: Record<Part, Scores> = { tuning: emptyScores(), check: emptyScores() };
    const documents: DocumentScores[] = [];
    let errors = '';
    for (const { doc, text, gold, part } of selected(corpus[variant])) {
      const comparison = compareFindings(gold, analyze(text));
      const scores = scoreComparison(comparison);
      overall = addScores(overall, scores);
      byPart[part] = addScores(byPart[part], scores);
      documents.push({ doc, part, scores });
      if (listErrors && part === 'tuning') errors += errorListing(`${doc} (${variant})`, text, comparison);
    }
    if (json) {
      report[variant] = {
        overall: scoresJson(overall),
        ...Object.fromEntries(PARTS.map((part) => [part, scoresJson(byPart[part])])),
        documents: Object.fromEntries(documents.map(({ doc, part, scores }) => [doc, { part, ...scoresJson(scores) }])),
      };
    } else {
      const split = onlyDocs ? '' : `${splitReport(VARIANT_TITLE[variant], byPart.tuning, byPart.check)}\n`;
      process.stdout.write(`${errors}${errors ? '\n' : ''}${split}${scoreReport(VARIANT_TITLE[variant], overall, documents)}\n`);
    }
  }
  const perLanguage = new Map<LanguageCode, Scores>();
  let languageErrors = '';
  for (const { doc, lang, text, gold } of selected(languageDocs)) {
    const comparison = compareFindings(gold, analyze(text));
    const scores = scoreComparison(comparison);
    perLanguage.set(lang, addScores(perLanguage.get(lang) ?? emptyScores(), scores));
    if (listErrors) languageErrors += errorListing(`${doc} (${lang})`, text, comparison);
  }
  if (selected(langDevDocs).length > 0) {
    const table: LangDevScores = new Map();
    let errors = '';
    for (const doc of selected(langDevDocs)) {
      const comparison = compareFindings(doc.gold, analyze(doc.text));
      addLangDevScores(table, doc, scoreComparison(comparison));
      if (listErrors && doc.part === 'tuning') errors += errorListing(`${doc.doc} (${doc.lang})`, doc.text, comparison);
    }
    if (json) report.langDev = Object.fromEntries([...table].map(([lang, row]) => [lang, Object.fromEntries(PARTS.map((part) => [part, scoresJson(row[part])]))]));
    else process.stdout.write(`${errors}${errors ? '\n' : ''}${langDevTable(table)}\n`);
  }
  if (polnearDocs) {
    const attributions = scorePolnearAttributions(polnearDocs.relations, (text) => analyze(text), polnearDocs.check);
    const quotes = scorePolnearQuotes(polnearDocs.quotes, (text) => analyze(text), polnearDocs.check);
    if (json) report.polnear = polnearSummary({ attributions, quotes });
    else process.stdout.write(`${polnearAttributionReport('PolNeAR dev: attribution relations', attributions)}\n${polnearQuoteReport('PolNeAR dev: quotation classes (corpus/polnear-dev)', quotes)}\n`);
  }
  if (json) {
    if (perLanguage.size > 0) report.languages = Object.fromEntries([...perLanguage].map(([lang, scores]) => [lang, scoresJson(scores)]));
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else if (perLanguage.size > 0) {
    process.stdout.write(`${languageErrors}${languageErrors ? '\n' : ''}${languageTable(perLanguage)}\n`);
  }
  return 0;
}

exitQuietlyOnClosedPipe();
process.exitCode = await main();
