/**
 * Our sentence splitter (src/analysis/sentences.ts): real news sentences, each case listing the
 * sentences its paragraph must be cut into, in English, German, French, Spanish and Russian; and
 * the Unicode default rules it starts from, checked against Intl.Segmenter, which applies them too.
 */
import { describe, expect, test } from 'vitest';
import { lexiconFor, type LanguageCode } from '../../src/analysis/lexicon';
import { defaultBreaks, sentenceConventions, sentenceRanges } from '../../src/analysis/sentences';

function sentencesOf(text: string, lang: LanguageCode): string[] {
  return sentenceRanges(text, { start: 0, end: text.length }, sentenceConventions(lexiconFor(lang))).map((r) => text.slice(r.start, r.end));
}

type Case = [name: string, sentences: string[]];

/** Each case's sentences, joined by one space, must come back as they are. */
function splitsAsListed(lang: LanguageCode, cases: Case[]): void {
  test.each(cases)('%s', (_name, sentences) => {
    expect(sentencesOf(sentences.join(' '), lang)).toEqual(sentences);
  });
}

describe('English', () => {
  splitsAsListed('en', [
    ['titles: Mr., Dr., Gen.', ['Mr. Trump met Dr. Fauci and Gen. Milley at the White House on Monday.', 'They spoke for an hour.']],
    ['a saint and a month: St., Jan.', ['The vote in St. Louis is set for Jan. 12, officials said.', 'Turnout is expected to be low.']],
    ['U.S. going on in lower case', ['The U.S. and its allies passed the bill.', 'It now goes to the House.']],
    ['U.S. ending a sentence', ['The envoy flew back to the U.S.', 'He landed on Friday.']],
    ['initials', ['President John F. Kennedy was shot in Dallas.', 'J. D. Salinger wrote about it later.']],
    ['decimals', ['Growth slowed to 3.5 percent in the third quarter.', 'Prices rose 0.2 percent.']],
    ['an ellipsis going on in lower case', ['“We will see... maybe next year,” she said.', 'Nobody laughed.']],
    ['an ellipsis ending a sentence', ['He trailed off...', 'Then the lights went out.']],
    ['a quotation ending a sentence: ."', ['He said, "We are ready."', 'Talks begin Monday.']],
    ['a quotation ending a sentence: .”', ['“The deal is done.”', 'The minister left the room.']],
    ['a quoted question ending a sentence: ?”', ['She asked, “Who pays for this?”', 'No one answered.']],
    ['a quoted exclamation ending a sentence: !’', ['The sign read ‘Keep out!’', 'We kept out.']],
    ['a quoted question the sentence goes on after', ['“Are you winning?” she asked him twice.']],
    ['question and exclamation marks', ['Is it over?', 'Not yet!', 'The count goes on.']],
    ['a closing parenthesis after the point', ['The bill passed (after a long fight.)', 'It takes effect in June.']],
  ]);

  test('a line break ends a sentence even after an abbreviation', () => {
    expect(sentencesOf('Statement by Gen.\nThe army said nothing.', 'en')).toEqual(['Statement by Gen.', 'The army said nothing.']);
  });
});

describe('German', () => {
  splitsAsListed('de', [
    ['ordinal dates: am 3. Oktober', ['Die Wahl findet am 3. Oktober statt.', 'Gewählt wird in allen Ländern.']],
    ['ordinals before other nouns', ['Im 19. Jahrhundert wuchs die Stadt schnell.', 'Heute schrumpft sie zum 2. Mal.']],
    ['a number ending a sentence is no ordinal', ['Der Verein wurde 1998 gegründet, die Zahl der Mitglieder stieg auf 120.', 'Dann kam die Krise.']],
    ['z.B. and Dr.', ['Viele Ärzte, z.B. Dr. Müller, lehnen das ab.', 'Die Kasse schweigt.']],
    ['usw. going on in lower case', ['Äpfel, Birnen usw. werden teurer, sagte er.', 'Der Handel widerspricht.']],
    ['a „quotation“ ending a sentence', ['Er sagte: „Wir schaffen das.“', 'Dann ging er.']],
  ]);
});

describe('French', () => {
  splitsAsListed('fr', [
    ['M. before a name', ['M. Macron a reçu Mme Merkel à l’Élysée.', 'Ils ont déjeuné ensemble.']],
    ['« … » guillemets with spaces ending a sentence', ['Un cheminot explique : « Je partirai à 62 ans. »', 'Le cortège avance.']],
    ['guillemets with no-break spaces', ['Il a dit : «\u00a0C’est fini.\u00a0»', 'Puis il est parti.']],
    ['a question inside guillemets', ['« Pourquoi maintenant ? » demande un élu.']],
  ]);
});

describe('Spanish', () => {
  splitsAsListed('es', [
    ['¿…? and ¡…!', ['¿Quién pagará la factura?', '¡Nadie!', 'El Gobierno calla.']],
    ['Sr. and Dra.', ['El Sr. García y la Dra. López hablaron ayer.', 'No hubo acuerdo.']],
    ['a «quotation» ending a sentence', ['El ministro dijo: «No habrá rescate.»', 'La bolsa cayó.']],
  ]);
});

describe('Russian', () => {
  splitsAsListed('ru', [
    ['initials: В. В. Путин', ['В. В. Путин провёл совещание.', 'Итоги не сообщаются.']],
    ['г. after a year', ['В 2020 г. закон был принят.', 'Он вступил в силу.']],
    ['т.е. going on in lower case', ['Расходы выросли вдвое, т.е. на сто миллионов.', 'Бюджет не изменился.']],
    ['a «quotation» ending a sentence', ['Он заявил: «Мы готовы.»', 'Переговоры продолжатся.']],
  ]);
});

describe('the Unicode default rules it starts from agree with Intl.Segmenter', () => {
  test.each([
    'Mr. Smith went to Washington. He arrived at 3.30 p.m. and left. Then? Nothing!',
    'The U.S.A. and e.g. the E.U. agreed... Or not.',
    '“Stop.” (He stopped.) Then “go”: they went; they left.',
    'Il a dit : « Non. » Puis il est parti.\r\nLa suite\u2029Fin.',
    'Cafe\u0301. Next — dash. one two. 3. Four.',
    'Emoji 😀. Next sentence.\u00a0 And another?! Yes.',
  ])('%s', (text) => {
    const expected = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map((s) => s.index + s.segment.length);
    expect(defaultBreaks(text, 0, text.length)).toEqual(expected);
  });
});
