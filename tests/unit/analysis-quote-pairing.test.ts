/**
 * Quotation-mark pairing (ANNOTATION.md §1 and §5 "Quotations"): every mark pair the spec lists, marks
 * told from apostrophes, nesting, quotations over several paragraphs, unclosed and stray marks.
 *
 * Only the spans are asserted here (the classes have their own file), except where the spec ties the
 * class of several spans together (one quotation over several paragraphs).
 */
import { describe, expect, test } from 'vitest';
import { analyze, type QuoteFinding } from '../../src/analysis';

const quotes = (text: string): QuoteFinding[] => analyze(text).filter((f): f is QuoteFinding => f.kind === 'quote');

/** The expected span of `part`, located by its (unique) first occurrence in `text`. */
function span(text: string, part: string): { start: number; end: number; text: string } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`test bug: ${JSON.stringify(part)} not in ${JSON.stringify(text)}`);
  if (text.indexOf(part, start + 1) >= 0) throw new Error(`test bug: ${JSON.stringify(part)} occurs twice`);
  return { start, end: start + part.length, text: part };
}

const spansOf = (text: string) => quotes(text).map(({ start, end, text: t }) => ({ start, end, text: t }));

describe('every pair of marks in the spec quotes the span between them, marks included', () => {
  test.each([
    ['curly double “”', 'The mayor called the plan “reckless” on Tuesday.', '“reckless”'],
    ['straight double ""', 'The mayor called the plan "reckless" on Tuesday.', '"reckless"'],
    ['curly single ‘’', 'The mayor called the plan ‘reckless’ on Tuesday.', '‘reckless’'],
    ["straight single ''", "The mayor called the plan 'reckless' on Tuesday.", "'reckless'"],
    ['guillemets «»', 'Le maire a qualifié le projet de «téméraire» mardi.', '«téméraire»'],
    ['guillemets with French spacing « »', 'Le maire a qualifié le projet de « téméraire » mardi.', '« téméraire »'],
    ['reversed guillemets »«', 'Der Bürgermeister nannte den Plan »leichtsinnig« am Dienstag.', '»leichtsinnig«'],
    ['German low-high „“', 'Der Bürgermeister nannte den Plan „leichtsinnig“ am Dienstag.', '„leichtsinnig“'],
    ['German single low-high ‚‘', 'Der Bürgermeister nannte den Plan ‚leichtsinnig‘ am Dienstag.', '‚leichtsinnig‘'],
    ['single guillemets ‹›', 'Le maire a qualifié le projet de ‹téméraire› mardi.', '‹téméraire›'],
    ['corner brackets 「」', '市長は計画を「無謀」と呼んだ。', '「無謀」'],
    ['white corner brackets 『』', '市長は計画を『無謀』と呼んだ。', '『無謀』'],
    ['German quotation at sentence start', '„Wir schaffen das“, sagte Merkel.', '„Wir schaffen das“'],
    ['French quotation with an apostrophe inside', "«C'est fini», a dit le ministre.", "«C'est fini»"],
    ['German »« quotation at sentence start', '»Das ist falsch«, sagte er.', '»Das ist falsch«'],
    ['Japanese clause in corner brackets', '「これは誤りだ」と彼は言った。', '「これは誤りだ」'],
  ])('%s', (_label, text, quoted) => {
    expect(spansOf(text)).toEqual([span(text, quoted)]);
  });
});

describe('apostrophes are not quotation marks', () => {
  test.each([
    ['contraction', 'The mayor said he doesn’t know and won’t guess.'],
    ['straight contraction', "The mayor said he doesn't know and won't guess."],
    ["rock 'n' roll", "He played rock 'n' roll at the Elks Club until midnight."],
    ['rock ’n’ roll, curly', 'He played rock ’n’ roll at the Elks Club until midnight.'],
    ["the '90s", "Prices were lower in the '90s, the survey found."],
    ['the ’62 season', 'The Yankees won the pennant in ’62 and again in ’63.'],
    ["plural possessive Jones' car", "Police towed Jones' car from the lot on Monday."],
    ['plural possessive, curly', 'Police towed Jones’ car and the Smiths’ truck on Monday.'],
    ["several apostrophes of every kind", "It's the Joneses' house, and they've lived there since the '60s."],
    ['feet and inches', "The centre is 6' 10\" tall and can't miss."],
  ])('%s: no quotation', (_label, text) => {
    expect(quotes(text)).toEqual([]);
  });

  test.each([
    ["rock 'n' roll inside a single-quoted sentence", "'Rock 'n' roll is here to stay,' he said.", ["'Rock 'n' roll is here to stay,'"]],
    ["the '90s inside a single-quoted sentence", "'The '90s were better,' she said.", ["'The '90s were better,'"]],
    ["a scare quote next to a plural possessive", "He said the 'reform' would cost Jones' firm and the Smiths' shop dearly.", ["'reform'"]],
    ['curly scare quote next to a possessive and a contraction', 'The ‘reform’ would cost Jones’ firm dearly, and it isn’t over.', ['‘reform’']],
    ['contraction inside a curly single quotation', '‘They don’t want it,’ he said.', ['‘They don’t want it,’']],
  ])('%s', (_label, text, expected) => {
    expect(spansOf(text)).toEqual(expected.map((part) => span(text, part)));
  });
});

describe('nesting: each quotation is its own finding, the inner inside the outer', () => {
  test.each([
    ['‘nested “inner” quotes’ in a direct quotation', '“It\'s the ‘nested “inner” quotes’ problem,” she said.', ['“It\'s the ‘nested “inner” quotes’ problem,”', '‘nested “inner” quotes’', '“inner”']],
    ['single inside double', '“The ‘experts’ were wrong,” he said.', ['“The ‘experts’ were wrong,”', '‘experts’']],
    ['straight single inside straight double', 'She asked, "Who said \'no\' to the plan?"', ['"Who said \'no\' to the plan?"', "'no'"]],
    [
      "Brown's glued single quotes: more' pro' letters than' con'",
      '“We\'re getting more\' pro\' letters than\' con\' on horse race betting”, said Ratcliff.',
      ['“We\'re getting more\' pro\' letters than\' con\' on horse race betting”', "' pro'", "' con'"],
    ],
  ])('%s', (_label, text, expected) => {
    const found = spansOf(text);
    expect(found).toEqual(expected.map((part) => span(text, part)));
    const [outer, ...inner] = found;
    for (const span of inner) {
      expect(span.start).toBeGreaterThan(outer!.start);
      expect(span.end).toBeLessThan(outer!.end);
    }
  });
});

describe('quotations over several paragraphs', () => {
  test('opening mark repeated at each paragraph, closing only at the end: one span per paragraph, one class', () => {
    const text =
      '“The first thing we did was close the plant,” Smith said.\n\n' +
      '“Then we called the union. Nobody answered for a week. We waited and waited.\n\n' +
      '“After that we sold the trucks and let the drivers go,” he said.';
    const found = quotes(text);
    expect(found.map(({ start, end, text: t }) => ({ start, end, text: t }))).toEqual([
      span(text, '“The first thing we did was close the plant,”'),
      span(text, '“Then we called the union. Nobody answered for a week. We waited and waited.'),
      span(text, '“After that we sold the trucks and let the drivers go,”'),
    ]);
    // The second and third paragraphs are one quotation.
    expect(found[1]!.class).toBe(found[2]!.class);
  });

  test('a quotation running on from a fragment keeps one class in every paragraph (ca05)', () => {
    const text =
      'Mrs. Kelley said her husband was “a very young man, a machinist and toolmaker by trade.\n\n' +
      '“He worked nights at the plant and studied by day. He never missed a shift.”';
    const found = quotes(text);
    expect(found.map((f) => f.text)).toEqual([
      '“a very young man, a machinist and toolmaker by trade.',
      '“He worked nights at the plant and studied by day. He never missed a shift.”',
    ]);
    expect(found[0]!.class).toBe(found[1]!.class);
  });

  test('straight marks over three paragraphs', () => {
    const text = '"We are not leaving," the strikers said.\n\n"We have nowhere to go.\n\n"And nobody will make us."';
    const found = quotes(text);
    expect(found.map((f) => f.text)).toEqual(['"We are not leaving,"', '"We have nowhere to go.', '"And nobody will make us."']);
    expect(new Set(found.slice(1).map((f) => f.class)).size).toBe(1);
  });
});

describe('unclosed and stray marks', () => {
  test.each([
    [
      'an unclosed mark stops at the end of its paragraph (ca01 style)',
      'He said the GOP is “campaigning on the carcass of Eisenhower Republicanism.\n\nMitchell said the statement should become a major issue.',
      ['“campaigning on the carcass of Eisenhower Republicanism.'],
    ],
    [
      'an unclosed mark does not swallow later sentences of other paragraphs',
      'An unclosed “mark runs to the paragraph end\n\nand stops there, while this “one” closes.',
      ['“mark runs to the paragraph end', '“one”'],
    ],
    ['an unclosed straight mark', 'The jury said the election was "conducted with integrity.\n\nNobody else spoke.', ['"conducted with integrity.']],
    ['a stray closing curly mark gives no finding', 'The senator said no” to the plan and left.', []],
    ['a stray closing mark before a real pair', 'Stray ” closing mark here. Another “real” one.', ['“real”']],
    ['a stray closing single mark', 'He went home’ and nobody cared.', []],
    ['a stray closing guillemet', 'Le ministre est parti» sans rien dire.', []],
    ['a stray closing corner bracket', '彼は帰った」と言った。', []],
  ])('%s', (_label, text, expected) => {
    expect(spansOf(text)).toEqual(expected.map((part) => span(text, part)));
  });
});

describe('quotations in running news text (Brown ca06, ca12, ca14)', () => {
  test('two direct quotations in one paragraph, closing mark before the full stop', () => {
    const text =
      'Hughes said Monday, “It is the apparent intention of the Republican Party to campaign on the carcass of what they call Eisenhower Republicanism”. Sunday he had added, “We can love Eisenhower the man”.';
    expect(spansOf(text)).toEqual([
      span(text, '“It is the apparent intention of the Republican Party to campaign on the carcass of what they call Eisenhower Republicanism”'),
      span(text, '“We can love Eisenhower the man”'),
    ]);
  });

  test('exchange of short quotations', () => {
    const text = '“Thirteen”, said Long Jim.\n\n“Nae, man”, said Willie, “ye must be countin\' the echoes”.';
    expect(spansOf(text)).toEqual([span(text, '“Thirteen”'), span(text, '“Nae, man”'), span(text, '“ye must be countin\' the echoes”')]);
  });

  test('the seed article: straight double and single quotes', () => {
    const text =
      'At the same time, a government source told Kyodo that Tokyo would be forced to take appropriate measures in the event of an alleged Russian "aggression", but the government refrains from declaring its intentions on sanctions before an actual "invasion" occurs.\n\n' +
      "Comment: Which is a load of hot air because it's known that there's no threat of 'Russian aggression' in Ukraine.";
    expect(spansOf(text)).toEqual([span(text, '"aggression"'), span(text, '"invasion"'), span(text, "'Russian aggression'")]);
  });
});

/** Cases found in review where the analyzer once disagreed with the spec. */
describe('review cases: pairing', () => {
  test('a plural possessive inside a single-quoted quotation does not close it', () => {
    const text = 'He said, ‘It’s the workers’ money.’';
    // Actual: ‘It’s the workers’ (closes at the possessive).
    expect(spansOf(text)).toEqual([span(text, '‘It’s the workers’ money.’')]);
  });
});

describe("two apostrophes as one double mark (the New York Times' ''…'')", () => {
  test.each([
    ['a quotation in doubled apostrophes', "''We will not back down,'' the senator said.", "''We will not back down,''"],
    ['a term in doubled apostrophes', "He called the plan ''reckless'' on Tuesday.", "''reckless''"],
    ['a single quotation closing with the double one', "She said, ''He told me 'no.'''", "''He told me 'no.'''"],
  ])('%s', (_label, text, quoted) => {
    expect(spansOf(text)[0]).toEqual(span(text, quoted));
  });

  test("the inner single quotation of ''…'no.''' is its own span", () => {
    const text = "She said, ''He told me 'no.'''";
    expect(spansOf(text)).toEqual([span(text, "''He told me 'no.'''"), span(text, "'no.'")]);
  });

  test('inch marks and apostrophes stay what they are', () => {
    expect(spansOf("The screen is 12'' wide and the Joneses' car isn't new.")).toEqual([]);
  });

  test('marks around nothing but marks or punctuation are no quotation', () => {
    expect(spansOf("He wrote '' and then \"—\" in the margin.")).toEqual([]);
  });
});

describe('mixed shapes pair by position (as typists and feeds mix them)', () => {
  test.each([
    ['a curly single opened, a straight one closing, inside a straight double', `"He told me ‘no' and left," she said.`, [`"He told me ‘no' and left,"`, "‘no'"]],
    ['a straight double opened, a curly one closing, with a nested mixed single', `He called it "a ‘historic' deal” on Monday.`, [`"a ‘historic' deal”`, "‘historic'"]],
    ['” typed as the opening mark of a paragraph', '”We are here,” he said.', ['”We are here,”']],
    ['two mixed pairs in a row', 'The “work-related" emails and the "personal messages” were sorted.', ['“work-related"', '"personal messages”']],
  ])('%s', (_label, text, quoted) => {
    expect(spansOf(text)).toEqual(quoted.map((part) => span(text, part)));
  });
});
