/** Quotation conventions per language (issue 7): which marks pair, and where the language decides. */
import { describe, expect, test } from 'vitest';
import { analyze, type LanguageCode } from '../../src/analysis';

const quotes = (text: string, lang: LanguageCode) => analyze(text, { lang, only: ['quote'] }).map((f) => f.text);

describe('pairing', () => {
  test.each([
    ['fr', 'Le ministre a parlé d’une «\u00a0réforme juste\u00a0» devant les députés.', ['«\u00a0réforme juste\u00a0»']],
    ['fr', 'Il dénonce une «\u202fmascarade\u202f» et un «\u202fdéni\u202f».', ['«\u202fmascarade\u202f»', '«\u202fdéni\u202f»']],
    ['fr', '«\u00a0Parler de “faillite” est exagéré\u00a0», a-t-il dit.', ['«\u00a0Parler de “faillite” est exagéré\u00a0»', '“faillite”']],
    ['de', 'Er sprach von einem „Schattenhaushalt“ und »geschönten« Zahlen.', ['„Schattenhaushalt“', '»geschönten«']],
    ['de', '„Die Regierung spricht von ‚Investitionen‘“, sagte er.', ['„Die Regierung spricht von ‚Investitionen‘“', '‚Investitionen‘']],
    ['es', 'Criticó que actúe «tarde y mal» y habló de una “persecución”.', ['«tarde y mal»', '“persecución”']],
    ['es', '«No se puede hablar de “milagro económico”», señaló.', ['«No se puede hablar de “milagro económico”»', '“milagro económico”']],
    ['ru', '«Говорить о „прорыве“ пока рано», — сказал он.', ['«Говорить о „прорыве“ пока рано»', '„прорыве“']],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(quotes(text, lang)).toEqual(expected);
  });
});

describe('the language decides ambiguous guillemets', () => {
  const text = 'Die Zahlen seien »geschönt« und der Plan sei «mutig».';
  test('German pairs »…« and, as in Switzerland, «…»', () => {
    expect(quotes(text, 'de')).toEqual(['»geschönt«', '«mutig»']);
  });

  test('in French, Spanish and Russian » only closes: a stray » opens nothing', () => {
    for (const lang of ['fr', 'es', 'ru'] as const) expect(quotes('Le chiffre »officiel« est faux.', lang)).toEqual([]);
    expect(quotes('Le chiffre »officiel« est faux.', 'de')).toEqual(['»officiel«']);
  });

  test('« with a space after it is an arrow where guillemets take no spaces (German pagers: « Vorige | Nächste »)', () => {
    expect(quotes('«\u00a0Vorige | Nächste\u00a0»', 'de')).toEqual([]);
    expect(quotes('«\u00a0Vorige | Nächste\u00a0»', 'fr')).toEqual(['«\u00a0Vorige | Nächste\u00a0»']);
  });
});
