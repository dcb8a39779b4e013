/**
 * Distancing words (ANNOTATION.md §3 and §5; corpus README hard cases 3 and 4): so-called, alleged
 * before a noun, supposed(ly), purported, self-styled, self-proclaimed, would-be (when doubtful),
 * "what they call"; not "alleged that", "was alleged", "supposed to", and not "allegedly"/"reportedly".
 */
import { describe, expect, test } from 'vitest';
import { analyze, type Finding, type HedgeFinding } from '../../src/analysis';

const hedges = (text: string): HedgeFinding[] => analyze(text).filter((f): f is HedgeFinding => f.kind === 'hedge');

function span(text: string, part: string): { start: number; end: number; text: string } {
  const start = text.indexOf(part);
  if (start < 0 || text.indexOf(part, start + 1) >= 0) throw new Error(`test bug: ${JSON.stringify(part)} must occur once`);
  return { start, end: start + part.length, text: part };
}

const overlaps = (f: Finding, at: number, length: number) => f.start < at + length && f.end > at;

describe('distancing words are hedges', () => {
  test.each([
    ['so-called before a quoted word (cb14)', 'Nixon received but 21 per cent of the so-called “Polish” vote.', 'so-called'],
    ['so-called before an unquoted term (cb19)', 'Ashamed of our wealth and power, afraid of so-called world opinion and addicted to peace, we have allowed our soft-heartedness to lead to soft-headed policies.', 'so-called'],
    ['so-called in the neutral 1961 sense (README hard case 3)', 'The so-called blue law controversy flared again.', 'so-called'],
    ['so-called after a verb', 'He accused the so-called experts of bias.', 'so-called'],
    ['alleged before a noun', 'The alleged bribe was never found.', 'alleged'],
    ['alleged before a quotation (seed)', 'Officials urged sanctions on Russia over an alleged "invasion" of Ukraine.', 'alleged'],
    ['alleged before an adjective and a quotation (seed)', 'Tokyo would be forced to take appropriate measures in the event of an alleged Russian "aggression".', 'alleged'],
    ['alleged before an appositive', 'The alleged killer, John Doe, was arrested.', 'alleged'],
    ['supposed before a noun', 'The supposed savings never materialized.', 'supposed'],
    ['supposed before a quotation', 'The supposed “experts” were wrong.', 'supposed'],
    ['supposedly', 'The plan would supposedly save $3 million.', 'supposedly'],
    ['supposedly after "was"', 'It was supposedly the best team in the league.', 'supposedly'],
    ['purported', 'The purported letter was a forgery.', 'purported'],
    ['self-styled', 'The self-styled reformer took office in January.', 'self-styled'],
    ['self-proclaimed', 'The self-proclaimed experts were wrong.', 'self-proclaimed'],
    ['would-be before a doubted, quoted term', 'The would-be “reformers” have done nothing.', 'would-be'],
    ['what they call', 'The rebels seized what they call a liberated zone in the north.', 'what they call'],
    ['What they call, sentence-initial', 'What they call progress is decline.', 'What they call'],
    ['what were termed (README hard case 4)', 'Signatures were collected under what were termed “false pretenses”.', 'what were termed'],
    ['what is termed (cb03)', 'This is what is termed political realism.', 'what is termed'],
  ])('%s', (_label, text, word) => {
    expect(hedges(text).map(({ start, end, text: t }) => ({ start, end, text: t }))).toEqual([span(text, word)]);
  });

  test('a hedged quotation is a scare quote (§1)', () => {
    const text = 'The so-called “experts” were wrong again.';
    const found = analyze(text).map((f) => [f.kind, f.text, f.kind === 'quote' ? f.class : undefined]);
    expect(found).toEqual([
      ['hedge', 'so-called', undefined],
      ['quote', '“experts”', 'scare'],
    ]);
  });
});

describe('look-alikes that are not hedges', () => {
  test.each([
    ['"alleged that" is a reporting verb', 'Police alleged that the bribe was paid in cash.', 'alleged'],
    ['"the man alleged that"', 'Police said the man alleged that he was beaten.', 'alleged'],
    ['"was alleged to"', 'He was alleged to have paid the bribe.', 'alleged'],
    ['"were alleged to be" (cb06)', 'The Batista regime did not disturb the Communists so much as more open opponents who were alleged to be Communists.', 'alleged'],
    ['"were alleged in"', 'The charges were alleged in court papers.', 'alleged'],
    ['"was supposed to"', 'The train was supposed to arrive at noon.', 'supposed'],
    ['"is supposed to be"', 'He is supposed to be in charge.', 'supposed'],
    ['"supposed that"', 'Everyone supposed that he would win.', 'supposed'],
    ['"would-be buyers" are not doubted', 'The would-be buyers waited outside.', 'would-be'],
    ['"allegedly" is an attribution (§3)', 'He was allegedly paid in cash.', 'allegedly'],
    ['"allegedly" before a participle is an attribution', 'The allegedly stolen car was found.', 'allegedly'],
    ['"reportedly" is an attribution (§3)', 'In its turn, Japan has reportedly shelved its response to the US request.', 'reportedly'],
    ['"purportedly" is an attribution (§2)', 'He purportedly signed the letter.', 'purportedly'],
  ])('%s', (_label, text, word) => {
    const at = text.indexOf(word);
    expect(hedges(text).filter((f) => overlaps(f, at, word.length))).toEqual([]);
  });

  test('"alleged that" is reported as an attribution instead', () => {
    const text = 'Police alleged that the bribe was paid in cash.';
    expect(analyze(text).map((f) => [f.kind, f.text])).toEqual([['attribution', 'alleged']]);
  });

  test('"allegedly" is reported as an attribution with no source', () => {
    const found = analyze('The allegedly stolen car was found.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'attribution', text: 'allegedly', sourceType: 'none' });
  });
});
