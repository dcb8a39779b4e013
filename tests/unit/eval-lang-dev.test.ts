import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CorpusError, loadSplit } from '../../scripts/eval/corpus';
import { addLangDevScores, langDevTable, loadLangDevDocs, type LangDevScores } from '../../scripts/eval/lang-dev';
import type { LanguageDoc } from '../../scripts/eval/languages';
import { corpusDir } from '../../scripts/eval/paths';
import { compareFindings, scoreComparison, type Labelled } from '../../scripts/eval/score';

const MIRRORS = process.env.LANG_DEV_DIR ?? '/work/.mirror';
const haveMirrors = existsSync(MIRRORS);
if (!haveMirrors) console.log(`eval-lang-dev: the test on the real articles is skipped: no repository clones at ${MIRRORS} (set LANG_DEV_DIR)`);

describe('lang-dev scoring', () => {
  test('a folder without the repository clones is a clear error', async () => {
    await expect(loadLangDevDocs(corpusDir(), '/nonexistent/mirrors', {})).rejects.toBeInstanceOf(CorpusError);
  });

  test('scores add up per language and part, and the table has a row for each and for all four', () => {
    const gold: Labelled[] = [{ kind: 'quote', class: 'scare', start: 0, end: 5, text: '«ab»' }];
    const doc = (lang: 'de' | 'fr', part: 'tuning' | 'check'): LanguageDoc => ({ doc: `${lang}-x`, lang, text: '«ab» c', gold, part });
    const table: LangDevScores = new Map();
    addLangDevScores(table, doc('de', 'tuning'), scoreComparison(compareFindings(gold, gold)));
    addLangDevScores(table, doc('de', 'check'), scoreComparison(compareFindings(gold, [])));
    addLangDevScores(table, doc('fr', 'check'), scoreComparison(compareFindings(gold, gold)));
    expect(table.get('de')?.tuning.classes.scare).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(table.get('de')?.check.classes.scare).toEqual({ tp: 0, fp: 0, fn: 1 });
    const lines = langDevTable(table).trimEnd().split('\n');
    expect(lines.filter((line) => /^(de|fr|all) +(tuning|check)/.test(line))).toHaveLength(6);
    expect(lines.find((line) => line.startsWith('all') && line.includes('check'))).toMatch(/all\s+check\s+0\.667\s+1\.000\s+1\.000\s+0\.667/);
  });

  test.skipIf(!haveMirrors)('the 27 real articles load with their texts checked, in the parts of corpus/split.json', async () => {
    const split = await loadSplit(corpusDir());
    const docs = await loadLangDevDocs(corpusDir(), MIRRORS, split.langDev);
    expect(docs).toHaveLength(27);
    for (const doc of docs) expect(doc.part).toBe(split.langDev[doc.lang]?.includes(doc.doc) ? 'check' : 'tuning');
    expect(docs.filter((doc) => doc.part === 'check')).toHaveLength(8);
  });
});
