import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/analysis/types';
import { COUNT_NAMES, type Counts } from '../../src/report/counts';
import type { PageSummary } from '../../src/report/summary';
import {
  BadReplyError, dispatch, isFinding, isFromOwnContentScript, isFromOwnExtension, isMessage, isPageFindings, isPageSummary, notifyExtension,
  sendToTab, type Handlers, type ToBackground, type ToContentScript,
} from '../../src/shared/messages';

const counts = Object.fromEntries(COUNT_NAMES.map((name, i) => [name, i])) as Counts;
const summary: PageSummary = {
  url: 'https://example.org/a',
  title: 'A',
  counts,
  findings: [
    { id: 0, kind: 'quote', class: 'scare', text: '“experts”', sentence: 'So-called “experts” agree.' },
    { id: 1, kind: 'attribution', sourceType: 'named', text: 'said', sourceText: 'Kyodo', contentText: 'so', sentence: 'Kyodo said so.' },
  ],
  findingTotal: 5,
  scareTerms: [{ term: 'experts', count: 1 }],
  sources: { named: [{ term: 'Kyodo', count: 1 }], vague: [] },
  paused: false,
  languages: ['en', 'fr'],
};

const { findings: _findings, findingTotal: _total, scareTerms: _terms, sources: _sources, ...status } = summary;

describe('isMessage', () => {
  it.each([
    ['summary-changed', status],
    ['get-summary', {}],
    ['get-summary', { allFindings: true }],
    ['reveal-finding', { id: 3 }],
  ])('accepts a well-formed %s', (type, payload) => {
    expect(isMessage({ type, payload })).toBe(true);
    expect(isMessage({ type, payload }, type as 'get-summary')).toBe(true);
  });

  it.each([
    ['not an object', 'get-summary'],
    ['null', null],
    ['an unknown type', { type: 'eval', payload: {} }],
    ['a prototype key as type', { type: 'toString', payload: {} }],
    ['a missing payload', { type: 'get-summary' }],
    ['a summary request with a string for a flag', { type: 'get-summary', payload: { allFindings: 'yes' } }],
    ['a negative id', { type: 'reveal-finding', payload: { id: -1 } }],
    ['a fractional id', { type: 'reveal-finding', payload: { id: 1.5 } }],
    ['a count that is a string', { type: 'summary-changed', payload: { ...summary, counts: { ...counts, scare: '3' } } }],
    ['a missing count', { type: 'summary-changed', payload: { ...summary, counts: { ...counts, hedge: undefined } } }],
    ['a missing languages list', { type: 'summary-changed', payload: { ...summary, languages: undefined } }],
    ['a language without a lexicon', { type: 'summary-changed', payload: { ...summary, languages: ['xx'] } }],
    ['a language that is a prototype key', { type: 'summary-changed', payload: { ...summary, languages: ['toString'] } }],
  ])('rejects %s', (_why, value) => {
    expect(isMessage(value)).toBe(false);
  });

  it.each([
    ['a finding of unknown kind', { ...summary, findings: [{ ...summary.findings[0], kind: 'x' }] }],
    ['a finding with an unknown class', { ...summary, findings: [{ ...summary.findings[0], class: 'rude' }] }],
    ['findings not an array', { ...summary, findings: {} }],
    ['no findings', { ...summary, findings: undefined }],
    ['more findings listed than it has', { ...summary, findingTotal: 1 }],
    ['no total', { ...summary, findingTotal: undefined }],
    ['a term without a count', { ...summary, scareTerms: [{ term: 'experts' }] }],
    ['a source list missing', { ...summary, sources: { named: [] } }],
    ['a source that is not text', { ...summary, sources: { named: [{ term: 3, count: 1 }], vague: [] } }],
    ['a bad count', { ...summary, counts: { ...counts, scare: -1 } }],
    ['a claim that is not text', { ...summary, findings: [{ ...summary.findings[1], contentText: { start: 0, end: 2 } }] }],
  ])('rejects a summary (the reply to get-summary) with %s', (_why, value) => {
    expect(isPageSummary(value)).toBe(false);
  });

  it('rejects a well-formed message of another type than asked', () => {
    expect(isMessage({ type: 'get-summary', payload: {} }, 'reveal-finding')).toBe(false);
  });
});

describe('dispatch', () => {
  const sender = { id: 'quotelight@example' };
  const handlers: Handlers<keyof ToContentScript> = {
    'get-summary': () => summary,
    'get-page-findings': () => ({ url: '', title: '', text: '', findings: [] }),
    'reveal-finding': ({ payload }) => payload.id === 3,
    'run-command': () => false,
  };

  it('hands a well-formed message to the handler of its type and promises its reply', async () => {
    await expect(dispatch(handlers, { type: 'reveal-finding', payload: { id: 3 } }, sender)).resolves.toBe(true);
    await expect(dispatch(handlers, { type: 'run-command', payload: { command: 'next-finding' } }, sender)).resolves.toBe(false);
    await expect(dispatch(handlers, { type: 'get-summary', payload: {} }, sender)).resolves.toEqual(summary);
  });

  it('leaves malformed messages, and messages of a type the receiver does not take, to other listeners', () => {
    expect(dispatch(handlers, { type: 'reveal-finding', payload: { id: -1 } }, sender)).toBeUndefined();
    expect(dispatch(handlers, { type: 'summary-changed', payload: status }, sender)).toBeUndefined();
    expect(dispatch(handlers, { type: 'toString', payload: {} }, sender)).toBeUndefined();
    expect(dispatch(handlers, 'get-summary', sender)).toBeUndefined();
  });

  it('answers nothing for a message whose reply is void', () => {
    const heard: unknown[] = [];
    const background: Handlers<keyof ToBackground> = { 'summary-changed': ({ payload }) => void heard.push(payload) };
    expect(dispatch(background, { type: 'summary-changed', payload: status }, sender)).toBeUndefined();
    expect(heard).toEqual([status]);
  });
});

describe('sender checks', () => {
  const id = 'quotelight@example';
  it('accepts only our content script in a tab for content-script messages', () => {
    expect(isFromOwnContentScript({ id, tab: { id: 4 }, frameId: 0 }, id)).toBe(true);
    expect(isFromOwnContentScript({ id, url: 'chrome-extension://x/popup.html' }, id)).toBe(false);
    expect(isFromOwnContentScript({ id: 'other', tab: { id: 4 }, frameId: 0 }, id)).toBe(false);
    expect(isFromOwnContentScript({ id, tab: {}, frameId: 0 }, id)).toBe(false);
  });
  it('tells our extension from another one', () => {
    expect(isFromOwnExtension({ id }, id)).toBe(true);
    expect(isFromOwnExtension({ id: 'evil' }, id)).toBe(false);
    expect(isFromOwnExtension({}, id)).toBe(false);
  });
});

describe('send helpers', () => {
  it('asks the top frame of a tab and returns a valid reply', async () => {
    const sendMessage = vi.fn(async () => summary);
    await expect(sendToTab({ sendMessage }, 7, 'get-summary', {})).resolves.toEqual(summary);
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'get-summary', payload: {} }, { frameId: 0 });
  });
  it('rejects a malformed reply', async () => {
    const sendMessage = vi.fn(async () => ({ counts: 'lots' }));
    await expect(sendToTab({ sendMessage }, 7, 'get-summary', {})).rejects.toBeInstanceOf(BadReplyError);
    expect(isPageSummary({ counts: 'lots' })).toBe(false);
  });
  it('broadcasts a summary to the extension', async () => {
    const sendMessage = vi.fn(async () => undefined);
    await notifyExtension({ sendMessage }, 'summary-changed', summary);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'summary-changed', payload: summary });
  });
});

describe('page findings (Download JSON)', () => {
  const text = 'Kyodo said the so-called “experts” agree.';
  const findings: Finding[] = [
    {
      kind: 'attribution', start: 6, end: 10, text: 'said', source: { start: 0, end: 5, text: 'Kyodo' }, sourceType: 'named',
      content: { start: 11, end: 40 }, explanation: 'x', sentence: { start: 0, end: 41 },
    },
    { kind: 'hedge', start: 15, end: 24, text: 'so-called', explanation: 'x', sentence: { start: 0, end: 41 } },
    { kind: 'quote', class: 'scare', start: 25, end: 34, text: '“experts”', explanation: 'x', sentence: { start: 0, end: 41 } },
  ];
  const reply = { url: 'https://news.example/', title: 'T', text, findings };

  it('accepts the analyzer’s findings and a well-formed reply', () => {
    for (const finding of findings) expect(isFinding(finding)).toBe(true);
    expect(isPageFindings(reply)).toBe(true);
    expect(isMessage({ type: 'get-page-findings', payload: {} }, 'get-page-findings')).toBe(true);
  });

  it.each<[string, unknown]>([
    ['an unknown kind', { ...findings[1], kind: 'rumour' }],
    ['a quote without a class', { ...findings[2], class: undefined }],
    ['an attribution without a source type', { ...findings[0], sourceType: 'secret' }],
    ['a source without text', { ...findings[0], source: { start: 0, end: 5 } }],
    ['a content without its end', { ...findings[0], content: { start: 11 } }],
    ['a content ending before it starts', { ...findings[0], content: { start: 40, end: 11 } }],
    ['an end before the start', { ...findings[1], start: 24, end: 15 }],
    ['a negative offset', { ...findings[1], start: -1 }],
    ['no explanation', { ...findings[1], explanation: undefined }],
    ['no sentence', { ...findings[1], sentence: undefined }],
  ])('rejects a finding with %s', (_why, finding) => {
    expect(isFinding(finding)).toBe(false);
    expect(isPageFindings({ ...reply, findings: [finding] })).toBe(false);
  });

  it('rejects a reply without the page text', () => {
    expect(isPageFindings({ ...reply, text: undefined })).toBe(false);
  });
});
