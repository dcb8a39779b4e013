/**
 * Attribution relations (ANNOTATION.md §2 `content`): each cue's content by where its report stands,
 * and quotation classes read off the relations (§1, §5): a quotation a content holds is credited.
 */
import { describe, expect, test } from 'vitest';
import { analyze, type AttributionFinding, type QuoteFinding } from '../../src/analysis';

function contentOf(text: string, cueText: string): string | undefined {
  const start = text.indexOf(cueText);
  const finding = analyze(text).find((f): f is AttributionFinding => f.kind === 'attribution' && f.start === start);
  if (!finding) throw new Error(`no cue ${JSON.stringify(cueText)} in ${JSON.stringify(text)}`);
  return finding.content && text.slice(finding.content.start, finding.content.end);
}

const classOf = (text: string, quoted: string): QuoteFinding['class'] | undefined =>
  analyze(text).find((f): f is QuoteFinding => f.kind === 'quote' && f.text === quoted)?.class;

describe('the content of each construction', () => {
  test.each([
    ['report before a that-clause', 'The mayor said that the budget was balanced.', 'said', 'that the budget was balanced'],
    ['report before a bare clause', 'Hughes said the party is tired of waiting.', 'said', 'the party is tired of waiting'],
    ['indirect object before "that"', 'The minister told reporters on Monday that talks had failed.', 'told', 'that talks had failed'],
    ['colon before a quotation', 'The governor warned: “We will not pay.”', 'warned', '“We will not pay.”'],
    ['report after the material', 'The plant will close in June, officials said.', 'said', 'The plant will close in June'],
    ['inverted report after a quotation', '“We will not accept these terms,” said the spokesman.', 'said', '“We will not accept these terms,”'],
    ['split quotation', '“We will win,” said the mayor, “and we will win soon.”', 'said', '“We will win,” said the mayor, “and we will win soon.”'],
    ['parenthetical report', 'The plan, he said, is dead.', 'said', 'The plan, he said, is dead'],
    ['according to, first', 'According to Kyodo, Tokyo is seeking a breakthrough.', 'According to', 'Tokyo is seeking a breakthrough'],
    ['according to, last', 'Tokyo is seeking a breakthrough, according to Kyodo.', 'according to', 'Tokyo is seeking a breakthrough'],
    ['attributing adverb', 'The talks reportedly collapsed on Friday.', 'reportedly', 'The talks reportedly collapsed on Friday'],
    ['clausal cue', 'It is widely believed that the vote was rigged.', 'It is widely believed that', 'the vote was rigged'],
    ['nominal cue', 'His estimate that costs would triple proved wrong.', 'estimate', 'that costs would triple proved wrong'],
    ['coordinated second report', 'He said the deal was done, and he added that it would be signed.', 'said', 'the deal was done'],
    ['report after the material, placed in time', 'The plant will close, he said on Monday.', 'said', 'The plant will close'],
  ])('%s', (_name, text, cueText, content) => {
    expect(contentOf(text, cueText)).toBe(content);
  });

  test('a content never cuts a quotation: a report after a quotation of several sentences credits all of it', () => {
    const text = 'It was a long night. “We lost. We will be back,” she said.';
    expect(contentOf(text, 'said')).toBe('“We lost. We will be back,”');
  });

  test('a report with nothing to credit in its sentence has no content', () => {
    expect(contentOf('“Never.” He said.', 'said')).toBe('“Never.”');
  });
});

describe('quotation classes read off the relations', () => {
  test('a quotation in the content of a report is credited', () => {
    expect(classOf('Hughes said the party is “campaigning on the carcass” of its past.', '“campaigning on the carcass”')).toBe('partial');
    expect(classOf('The party is “campaigning on the carcass” of its past, Hughes said.', '“campaigning on the carcass”')).toBe('partial');
  });

  test('a quotation in the source phrase is not credited by the report', () => {
    expect(classOf('The “experts” at the hearing said the plan had failed.', '“experts”')).toBe('scare');
  });

  test('a quotation in the next sentence is credited by a report at the edge of its own', () => {
    const text = 'The senator spoke for an hour and said he was angry. “This is a disgrace to the chamber.”';
    expect(classOf(text, '“This is a disgrace to the chamber.”')).toBe('direct');
    const said = analyze(text).find((f): f is AttributionFinding => f.kind === 'attribution' && f.text === 'said')!;
    expect(said.content && text.slice(said.content.start, said.content.end)).toBe('he was angry. “This is a disgrace to the chamber.”');
  });

  test('reportedly credits a claim, not the wording of a quotation inside it', () => {
    expect(classOf('The “reforms” reportedly failed.', '“reforms”')).toBe('scare');
  });
});

describe('constructions around a quotation', () => {
  test('after-quote: a short subject right after a quotation closing on its own comma makes the verb its report', () => {
    const text = 'The summit accomplished "too little," he added on Twitter.';
    expect(classOf(text, '"too little,"')).toBe('partial');
    expect(contentOf(text, 'added')).toBe('The summit accomplished "too little,"');
  });

  test('split utterance: every piece is direct, in doubled apostrophes too', () => {
    const text = "''Hopefully,'' the president said, ''this museum can help us talk to each other.''";
    expect(classOf(text, "''Hopefully,''")).toBe('direct');
    expect(classOf(text, "''this museum can help us talk to each other.''")).toBe('direct');
  });

  test('a split quotation woven into the writer’s sentence keeps its pieces partial', () => {
    const text = 'They “operate on a volume basis”, it was contended, “and are not essential to the community”.';
    expect(classOf(text, '“operate on a volume basis”')).toBe('partial');
    expect(classOf(text, '“and are not essential to the community”')).toBe('partial');
  });
});

describe('calling, describing and judging credit the quotation after their object', () => {
  test.each([
    ['In July, Gingrich dismissed NATO member Estonia as being in the "suburbs of St. Petersburg" and left.', 'dismissed', '"suburbs of St. Petersburg"', 'Gingrich'],
    ['At a rally, Trump likened the refugees to a "vicious snake" in a song.', 'likened', '"vicious snake"', 'Trump'],
    ['Critics referred to her as "the ice queen" for years.', 'referred to', '"the ice queen"', 'Critics'],
    ['The governor blasted the press for being "unbelievably dishonest."', 'blasted', '"unbelievably dishonest."', 'The governor'],
  ])('%s', (text, cueText, quoted, source) => {
    expect(classOf(text, quoted)).toBe('partial');
    const found = analyze(text).find((f): f is AttributionFinding => f.kind === 'attribution' && f.text === cueText);
    expect(found?.source?.text).toBe(source);
  });

  test.each([
    ['without a quotation', 'Gingrich dismissed the report as partisan.', 'dismissed'],
    ['after a determiner', 'The mocking “tribute” was posted online.', 'mocking'],
    ['as a noun', 'The attack “came without warning,” officials said.', 'attack'],
  ])('no report %s', (_name, text, word) => {
    expect(analyze(text).some((f) => f.kind === 'attribution' && f.text === word)).toBe(false);
  });
});

describe('more classes of report', () => {
  test('"…, as a memo put it": the content stands before the report', () => {
    const text = 'The requirement is a "lawful source of investment income," as a Homeland Security memo put it.';
    expect(contentOf(text, 'put it')).toBe('The requirement is a "lawful source of investment income,"');
    expect(classOf(text, '"lawful source of investment income,"')).toBe('partial');
  });

  test('manner of speaking (Levin 37.3) reports right before or after a quotation only', () => {
    expect(classOf('Protesters chanted "What curfew?" and kept going.', '"What curfew?"')).toBe('direct');
    expect(analyze('The crowd chanted for an hour.').some((f) => f.kind === 'attribution')).toBe(false);
  });

  test('a reported question: "wondered whether"', () => {
    expect(classOf('He has wondered whether the moderators will be "fair" to him.', '"fair"')).toBe('partial');
  });

  test('a work named by its kind is a title', () => {
    expect(classOf('The director makes this clear in her new documentary “13th.”', '“13th.”')).toBe('title');
  });
});

describe('what a report set off by a comma credits', () => {
  test.each([
    ['a quotation closing on its own comma, then more clauses', '“You winning?” she said, but Kevin was drifting off again.', 'said', '“You winning?”'],
    ['an adjunct after the report', 'The obsession is an insult, top lawmakers said Friday, as they bristled at the questions.', 'said', 'The obsession is an insult'],
    ['an opening phrase only places the report', 'In July, Gingrich dismissed Estonia as being in the “suburbs of St. Petersburg.”', 'dismissed', 'Estonia as being in the “suburbs of St. Petersburg.”'],
    ['an opening phrase that quotes words is credited too', 'In the area of “community health services”, the President called for doubling the grants.', 'called for', 'In the area of “community health services”, the President called for doubling the grants'],
    ['a question word after an indirect object', 'He told the host on Thursday how surprised he is by the race.', 'told', 'how surprised he is by the race'],
    ['a second report sharing the subject', 'He said he would order a review and warned against hackers from abroad.', 'said', 'he would order a review'],
  ])('%s', (_name, text, cueText, content) => {
    expect(contentOf(text, cueText)).toBe(content);
  });
});

describe('quotations on a page quoting several languages (issue 14)', () => {
  test('a work in 『…』 set in apposition is a title', () => {
    expect(classOf("The ministry's white paper, 『防衛白書』, is due on Tuesday.", '『防衛白書』')).toBe('title');
  });

  test('words a report calls a thing are credited, not a name of the thing ("called the plan «…»")', () => {
    expect(classOf('Le Monde called the plan « une erreur historique » in its editorial.', '« une erreur historique »')).toBe('partial');
  });

  test('a German sentence inside an English page is read with German rules', () => {
    const text = 'The ministers met in Brussels on Monday.\n\n„Wir werden das nicht hinnehmen“, sagte ein Sprecher des Ministeriums am Montag.\n';
    expect(classOf(text, '„Wir werden das nicht hinnehmen“')).toBe('direct');
    expect(analyze(text).some((f) => f.kind === 'attribution' && f.text === 'sagte')).toBe(true);
  });
});
