/** The lexicons' shape (lower case, single spaces) and issue 7's required words; the keyword pass's word boundaries. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analysis';
import { keywordPattern } from '../../src/analysis/keywords';
import { LANGUAGES, lexiconFor, type Lexicon } from '../../src/analysis/lexicon';

const allWords = (lexicon: Lexicon): string[] =>
  Object.values(lexicon).flatMap((value) => (Array.isArray(value) ? value.flatMap((v) => (typeof v === 'string' ? [v] : 'forms' in v ? v.forms : [...v.verb, ...v.objects])) : []));

describe.each(LANGUAGES)('%s lexicon', (lang) => {
  const lexicon = lexiconFor(lang);
  test('is the one its code names', () => {
    expect(lexicon.lang).toBe(lang);
  });
  test('writes every entry in lower case with single spaces', () => {
    for (const word of allWords(lexicon)) {
      expect(word, word).toBe(word.toLowerCase());
      expect(word, word).toMatch(/^\S+(?: \S+)*$/);
    }
  });
});

describe('issue 7 words', () => {
  test.each([
    ['de', 'prepositionalCues', ['laut', 'nach angaben']],
    ['de', 'postpositionalCues', ['zufolge']],
    ['fr', 'prepositionalCues', ['selon', "d'après", 'd’après', 'cité par']],
    ['es', 'prepositionalCues', ['según', 'de acuerdo con', 'citando']],
    ['ru', 'prepositionalCues', ['по словам', 'по данным', 'как сообщает', 'со ссылкой на']],
    ['de', 'vagueHeads', ['kreise', 'quellen', 'beobachter']],
    ['fr', 'vagueHeads', ['sources', 'observateurs']],
    ['es', 'vagueHeads', ['fuentes']],
    ['ru', 'vagueHeads', ['источники', 'эксперты']],
    ['de', 'attributingAdverbs', ['angeblich', 'mutmaßlich']],
    ['de', 'hedges', ['sogenannte', 'sogenannten']],
    ['fr', 'adjectivalHedges', ['prétendu', 'présumé']],
    ['fr', 'hedges', ['soi-disant']],
    ['es', 'adjectivalHedges', ['supuesto', 'presunto', 'llamado']],
    ['ru', 'attributingAdverbs', ['якобы']],
    ['ru', 'hedges', ['так называемый', 'так называемые']],
    ['ru', 'adjectivalHedges', ['предполагаемый']],
  ] as const)('%s %s has %j', (lang, list, words) => {
    expect(lexiconFor(lang)[list]).toEqual(expect.arrayContaining([...words]));
  });

  test.each([
    ['de', 'Die Ministerin hat am Montag gesagt, dass sie bleibt. Er sagte: „Nein.“ Sie teilte am Abend mit, der Plan stehe.', ['gesagt', 'sagte', 'teilte']],
    ['fr', 'Elle a déclaré que le plan tenait. Il avait affirmé le contraire, a-t-elle précisé : « Non. »', ['déclaré', 'affirmé', 'a-t-elle précisé']],
    ['es', 'La ministra dijo que el plan sigue. Había afirmado lo contrario, ha reconocido: «No.»', ['dijo', 'afirmado', 'reconocido']],
    ['ru', 'Министр заявила, что план в силе. Он заявил обратное, а они заявили: «Нет».', ['заявила', 'заявил', 'заявили']],
  ] as const)('%s reporting verbs are found in their tenses and forms', (lang, text, cues) => {
    const found = analyze(text, { lang, only: ['attribution'] }).map((f) => f.text);
    expect(found).toEqual(expect.arrayContaining([...cues]));
  });
});

describe('keyword pass', () => {
  test('English keeps \\b without the u flag: the fast form', () => {
    expect(keywordPattern(lexiconFor('en')).flags).toBe('gi');
  });

  test.each([
    ['de', 'Die besagte Regel', 'Er sagte es', 'sagte'],
    ['fr', 'Les déclarées', 'Il a déclaré', 'déclaré'],
    ['ru', 'Незаявил', 'Он заявил', 'заявил'],
  ] as const)('%s: a cue word matches whole, never inside another word', (lang, inside, whole, word) => {
    const words = (text: string) => text.match(keywordPattern(lexiconFor(lang)))?.map((m) => m.toLowerCase()) ?? [];
    expect(words(inside)).not.toContain(word);
    expect(words(whole)).toContain(word);
  });
});
