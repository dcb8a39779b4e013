/** Quotation classes under the `basic` clause rules (quote-classes-basic.ts), one real-style sentence per construction. */
import { expect, test } from 'vitest';
import { analyze, type LanguageCode, type QuoteFinding } from '../../src/analysis';

const classes = (text: string, lang: LanguageCode) =>
  analyze(text, { lang, only: ['quote'] }).map((f) => [f.text, (f as QuoteFinding).class]);

test.each([
  // A name: only its first word capitalised, inside the sentence or as its subject.
  ['ru', 'Германия поддержала строительство газопровода «Северный поток-2» в прошлом году.', [['«Северный поток-2»', 'title']]],
  ['ru', '«Большая семерка» проявила непреклонность на саммите.', [['«Большая семерка»', 'title']]],
  // A naming noun before the quotation, past a genitive.
  ['fr', 'Le mouvement des «gilets jaunes» a organisé samedi une nouvelle journée.', [['«gilets jaunes»', 'title']]],
  // A name once is a name throughout.
  ['fr', 'Le mouvement des «gilets jaunes» grandit. La révolte des «gilets jaunes» inquiète Paris.', [['«gilets jaunes»', 'title'], ['«gilets jaunes»', 'title']]],
  // German Konjunktiv I reports: its quotations are credited.
  ['de', 'Der Mann sei einer "strukturellen Queerfeindlichkeit" zum Opfer gefallen.', [['"strukturellen Queerfeindlichkeit"', 'partial']]],
  // A clause after a complementizer is direct, even in lower case.
  ['ru', 'Газета написала, что «на саммите российский президент оказался в центре внимания».', [['«на саммите российский президент оказался в центре внимания»', 'direct']]],
  ['fr', 'En outre, «4000 migrants ont été sauvés en mer», a-t-il ajouté.', [['«4000 migrants ont été sauvés en mer»', 'direct']]],
  // Uncredited irony stays scare.
  ['fr', 'Le pays vit une véritable «hémorragie démographique» depuis des années.', [['«hémorragie démographique»', 'scare']]],
] as const)('%s: %s', (lang, text, expected) => {
  expect(classes(text, lang)).toEqual(expected);
});
