/**
 * Every quotation on three saved foreign-language pages is paired correctly (issue 7). The lists were
 * checked by hand against the pages' text: Le Monde's « » with non-breaking spaces; heise's
 * straight quotes and its « Vorige | Nächste » pager, which is arrows, not a quotation; aktualne.cz's
 * straight quotes and one „ “ pair (Czech has no lexicon, but without guillemets its marks pair the
 * same under every language's rules).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analysis';
import { htmlPage } from '../../src/cli/html-text';
import { savedPagesDir } from '../../scripts/eval/paths';

const PAGES = savedPagesDir();

const EXPECTED: Record<string, string[]> = {
  'lemonde-1': [
    '« mémorandum argumenté »',
    '« l’indépendance nationale, de l’intégrité du territoire et de la défense nationale »',
    '« la prévention du terrorisme »',
    '« intérêts majeurs de la politique étrangère »',
    '« prévention des atteintes à la forme républicaine des institutions »',
    '« la criminalité et de la délinquance organisées »',
    '« urgence absolue »',
    '« boîtes noires »',
    '« détecter une menace terroriste sur la base d’un traitement automatisé »',
    '« schémas »',
    '« boîte noire »',
    '« anonyme »',
    '« pêche au chalut »',
    '« futurs »',
    '« entre les mailles du filet »',
    '« bouts »',
    '« donne au premier ministre son avis sur la possibilité de déclassifier tout ou partie de ces éléments »',
  ],
  heise: ['"echten"', '"Fotos"', '"heuchlerisch"'],
  aktualne: [
    '"Stali se',
    '"Nenapadá mě jediný důvod, proč by letos nemohli skončit v elitní čtyřce,"',
    '"Je fér říct, že vypadají fantasticky. Moyes je neskutečně oživil."',
    '"Klíčová věc',
    '"Pořád toho odvádí strašnou spoustu mimo hlavní pozornost. Jsou to důležité věci, které je snadné přehlédnout,"',
    '"S Declanem',
    '"Opět byl',
    '"Hraje prostě velkolepě a připomínám, že je mu stále jen dvaadvacet let,"',
    '"Náš kolektiv',
    '"Jsme na děleném',
    '"své"',
    '"Praha chce',
    '„Duel obhájce',
    '"Řiďte se pravidly, ať se zase nevidíme on-line."',
  ],
};

describe('quotations on saved foreign-language pages', () => {
  test.each(Object.keys(EXPECTED))('%s', async (name) => {
    const page = await htmlPage(readFileSync(join(PAGES, `${name}.html`), 'utf8'), `file:///${name}.html`);
    const found = analyze(page.text, { only: ['quote'], ...(page.lang ? { hint: page.lang } : {}) });
    const expected = EXPECTED[name]!;
    expect(found).toHaveLength(expected.length);
    found.forEach((quote, k) => {
      // Long quotations are listed by their opening words; the text's spaces may be non-breaking.
      const text = quote.text.replace(/[\u00a0\u202f]/g, ' ');
      expect(text.startsWith(expected[k]!)).toBe(true);
      expect(quote.text.at(-1)).toBe({ '«': '»', '"': '"', '„': '“' }[quote.text[0]!]);
    });
  });
});
