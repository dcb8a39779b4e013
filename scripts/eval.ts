/**
 * `npm run eval`: scores analyze() against every labelled text in ../shared/corpus, separately for
 * curly and straight quotes, and against the labelled texts of tests/fixtures/lang, per language (the
 * analyzer detects each text's language itself, as it does on a page). `--verbose` lists each error with context, `--doc ID` (repeatable) does
 * so for the named documents only, `--json` prints the scores for scripts.
 */
import { parseArgs } from 'node:util';
import { analyze } from '../src/analysis';
import { exitQuietlyOnClosedPipe } from '../src/cli/closed-pipe';
import { CorpusError, VARIANTS, loadEvalCorpus, type EvalDoc, type Variant } from './eval/corpus';
import { languageFixturesDir, languageTable, loadLanguageDocs } from './eval/languages';
import { brownCorpusDir, repoRoot, sharedDir } from './eval/paths';
import { errorListing } from './eval/report-errors';
import { scoresJson } from './eval/report-json';
import { scoreReport, type DocumentScores } from './eval/report-text';
import { addScores, compareFindings, emptyScores, scoreComparison, type Scores } from './eval/score';
import type { LanguageCode } from '../src/analysis';

const USAGE = 'usage: npm run eval -- [--verbose] [--doc ID]... [--json]';

const VARIANT_TITLE: Record<Variant, string> = {
  curly: 'curly quotes: Brown press texts',
  straight: 'straight quotes: Brown press texts and seed articles',
};

function options() {
  try {
    return parseArgs({
      options: { verbose: { type: 'boolean', short: 'v' }, doc: { type: 'string', multiple: true }, json: { type: 'boolean' } },
    }).values;
  } catch (error) {
    console.error(`eval: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<number> {
  const { verbose = false, doc: onlyDocs, json = false } = options();
  let corpus;
  let languageDocs;
  try {
    corpus = await loadEvalCorpus(sharedDir(), brownCorpusDir());
    languageDocs = await loadLanguageDocs(languageFixturesDir(repoRoot()));
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    console.error(`eval: ${error.message}`);
    return 1;
  }
  const known = new Set([...VARIANTS.flatMap((variant) => corpus[variant].map((doc) => doc.doc)), ...languageDocs.map((doc) => doc.doc)]);
  const unknown = onlyDocs?.filter((id) => !known.has(id)) ?? [];
  if (unknown.length > 0) {
    console.error(`eval: no labelled document ${unknown.join(', ')} (have ${[...known].join(', ')})\n${USAGE}`);
    return 2;
  }
  const selected = <D extends EvalDoc>(docs: D[]) => (onlyDocs ? docs.filter((doc) => onlyDocs.includes(doc.doc)) : docs);
  const listErrors = verbose || onlyDocs !== undefined;

  const report: Record<string, unknown> = {};
  for (const variant of VARIANTS) {
    if (selected(corpus[variant]).length === 0) continue;
    let overall = emptyScores();
    const documents: DocumentScores[] = [];
    let errors = '';
    for (const { doc, text, gold } of selected(corpus[variant])) {
      const comparison = compareFindings(gold, analyze(text));
      const scores = scoreComparison(comparison);
      overall = addScores(overall, scores);
      documents.push({ doc, scores });
      if (listErrors) errors += errorListing(`${doc} (${variant})`, text, comparison);
    }
    if (json) {
      report[variant] = {
        overall: scoresJson(overall),
        documents: Object.fromEntries(documents.map(({ doc, scores }) => [doc, scoresJson(scores)])),
      };
    } else {
      process.stdout.write(`${errors}${errors ? '\n' : ''}${scoreReport(VARIANT_TITLE[variant], overall, documents)}\n`);
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
