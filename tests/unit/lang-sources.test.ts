/** Who a cue credits under the basic clause rules: the source before or after the verb, genitives, glued pronouns. */
import { expect, test } from 'vitest';
import { analyze, type AttributionFinding, type LanguageCode } from '../../src/analysis';

const cues = (text: string, lang: LanguageCode) =>
  analyze(text, { lang, only: ['attribution'] }).map((f) => {
    const cue = f as AttributionFinding;
    return [cue.text, cue.source?.text ?? null, cue.sourceType];
  });

test.each([
  ['de', '„Das ist falsch“, sagte er am Dienstag.', [['sagte', 'er', 'named']]],
  ['de', 'Der Sprecher der Union kritisierte, die Regierung spare falsch.', [['kritisierte', 'Der Sprecher der Union', 'named']]],
  ['de', 'Regierungskreisen zufolge ist der Streit beigelegt.', [['zufolge', 'Regierungskreisen', 'vague']]],
  // lang-dev conventions: a compound inverted incise is the cue whole, its glued pronoun the source.
  ['fr', '« Non », a-t-il ajouté jeudi matin.', [['a-t-il ajouté', 'il', 'named']]],
  ['fr', 'Selon des sources proches du dossier, le texte sera retiré.', [['Selon', 'des sources proches du dossier', 'vague']]],
  ['es', 'El portavoz del Partido Popular aseguró que es falso.', [['aseguró', 'El portavoz del Partido Popular', 'named']]],
  ['ru', '«Нет», — заявил министр финансов.', [['заявил', 'министр финансов', 'named']]],
  ['ru', 'По словам источников в правительстве, решение принято.', [['По словам', 'источников в правительстве', 'vague']]],
] as const)('%s: %s', (lang, text, expected) => {
  expect(cues(text, lang)).toEqual(expected);
});
