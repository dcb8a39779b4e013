/**
 * The constructions of issue 17 under the `basic` clause rules, one real-style sentence each (the
 * conventions of corpus/lang-dev/README.md): cue text, source text and source type of every attribution.
 */
import { describe, expect, test } from 'vitest';
import { analyze, type AttributionFinding, type LanguageCode } from '../../src/analysis';

const cues = (text: string, lang: LanguageCode) =>
  analyze(text, { lang, only: ['attribution'] }).map((f) => {
    const cue = f as AttributionFinding;
    return [cue.text, cue.source?.text ?? null, cue.sourceType];
  });

describe('French incises with a glued pronoun', () => {
  test.each([
    ['« Ils partent parce que ces réseaux le permettent », écrit-il.', [['écrit', 'il', 'named']]],
    ['C’est un sujet qui nécessite des investigations lourdes, précise-t-on.', [['précise', 'on', 'vague']]],
    ['« Quatre mille migrants ont été sauvés en mer », a-t-il ajouté.', [['a-t-il ajouté', 'il', 'named']]],
    ['Le texte sera retiré, a-t-on appris samedi de sources proches du dossier.', [['a-t-on appris', 'sources proches du dossier', 'vague']]],
    ['« Les Algériens ne partent pas à cause des réseaux sociaux, écrit-il. Ils partent parce qu’ils étouffent. »', [['écrit', 'il', 'named']]],
  ] as const)('%s', (text, expected) => {
    expect(cues(text, 'fr')).toEqual(expected);
  });
});

describe('sources after the verb, passives and sources written before', () => {
  test.each([
    ['fr', 'Une alpiniste est morte au Népal, a déclaré jeudi le ministre des Affaires étrangères.', [['déclaré', 'le ministre des Affaires étrangères', 'named']]],
    ['de', 'Die Lage sei ernst, sagte auch der Zürcher Nationalrat Gregor Rutz.', [['sagte', 'der Zürcher Nationalrat Gregor Rutz', 'named']]],
    ['fr', 'La victime, dont la mort a été annoncée par Laurent Fabius, était guide.', [['annoncée', 'Laurent Fabius', 'named']]],
    ['de', 'Dass dort offen die Abschaffung der Demokratie gefordert wird, beunruhigt viele.', [['gefordert', null, 'none']]],
    ['fr', 'Le ministre a assuré que les pages étaient surveillées, précisant que 51 pages ont été fermées.', [['assuré', 'Le ministre', 'named'], ['précisant', 'Le ministre', 'named']]],
    ['es', 'El expresidente negó los cargos. Luego agregó que la acusación es falsa.', [['negó', 'El expresidente', 'named'], ['agregó', 'El expresidente', 'named']]],
    ['es', 'Cuando se les reprocha haber dado pie a la violencia, responden que es la única manera.', [['reprocha', null, 'none'], ['responden', null, 'named']]],
    ['de', 'Die Direktion Staatsschutz warnte vor Anschlägen. „Das Potenzial ist da“, hieß es.', [['warnte', 'Die Direktion Staatsschutz', 'named'], ['hieß es', 'Die Direktion Staatsschutz', 'named']]],
    ['de', 'Die Gruppe sei noch nicht aufgefallen, heißt es aus der Direktion Staatsschutz.', [['heißt es', 'der Direktion Staatsschutz', 'named']]],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(cues(text, lang)).toEqual(expected);
  });
});

describe('Russian dash incises', () => {
  test.each([
    ['«Ну ладно, это политика, — признается мой московский друг. — Но людям всё равно».', [['признается', 'мой московский друг', 'named']]],
  ] as const)('%s', (text, expected) => {
    expect(cues(text, 'ru')).toEqual(expected);
  });
});

describe('negation, channels and generic sources', () => {
  test.each([
    ['ru', 'Об этом ничего не говорится в докладе.', []],
    ['ru', 'Кудрин, которого цитирует ТАСС, заявил, что Россия стоит на пороге перемен.', [['цитирует', 'ТАСС', 'named']]],
    ['ru', 'Россия не вернется в клуб — так комментировали СМИ итоги саммита.', [['комментировали', 'СМИ', 'vague']]],
    ['fr', 'Le ministre n’a pas dit que la loi serait retirée.', []],
    ['ru', 'Концепцию всегда вырабатывали власть имущие, пишет Die Tageszeitung.', [['пишет', 'Die Tageszeitung', 'named']]],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(cues(text, lang)).toEqual(expected);
  });
});
