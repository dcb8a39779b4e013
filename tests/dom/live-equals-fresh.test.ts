/**
 * Live pages end exactly as a fresh scan (issue 14, point 2): after any sequence of appends,
 * removals, text-node swaps (`p.replaceChild(newText, p.firstChild)`) and `Text.data` writes, with
 * rescans run between any of them, the highlights the content script has registered, and the
 * findings it reports, are those of a content script started afresh on the final DOM.
 *
 * Driven as tests/dom/content-script*.test.ts drive the content script: jsdom, the fake browser,
 * a fake highlight registry, and rescans run by hand (`manualSchedule`). FUZZ_RUNS sets the runs
 * per property (as `npm run fuzz` does); FUZZ_SEED replays one.
 *
 * The properties found six bugs in the live-update code (src/page/page-model.ts, and how
 * src/content/content-script.ts uses its `inPlace`), each pinned below by its smallest failing case,
 * all fixed now:
 *
 * - BUG A, "an element read before is read again as new": `PageModel.insertionOf` took a changed
 *   element that holds text only through block elements inside it (a `<div>` or `<ul>` around
 *   paragraphs or items) for one never read; its blocks were inserted a second time. Fixed: an
 *   element holding blocks read before is not new.
 * - BUG B, "a new block goes in before a sibling's nested blocks": a paragraph appended after a
 *   `<blockquote>` of paragraphs went in before them. Fixed: such a sibling gives no position, and
 *   the blocks around a new one are analysed again (BUG C).
 * - BUG C, "a changed block's neighbours keep findings that depended on it": a rescan analysed a
 *   changed block with its neighbours as context but kept the neighbours' own findings (a source,
 *   a claim's piece, a quotation's class). Fixed with E.
 * - BUG D, "highlights over a rewritten Text node stay where the browser moved them": writing a
 *   Text node's `data` collapses the live Ranges in it. Fixed: such findings are shown again.
 * - BUG E, "findings that depend on text anywhere before them": the real analyzer classes a short
 *   quotation "repeated" when the term was scare-quoted anywhere earlier, and credits "she said" by
 *   what the text said before. Fixed with C: the page is analysed in runs cut by the blocks' own
 *   text (src/page/analysis-runs.ts), the same for a full pass and a rescan, and a rescan analyses
 *   again every run whose text or context changed, cutting the runs near a change again; a
 *   finding's run is what it depends on, in a fresh scan as in a live page.
 * - BUG F, "the article is chosen once": with "article text only", `findArticleRoot` ran at a full
 *   pass only, so a live blog that opens with one post read that post alone. Fixed: it runs again
 *   when an `<article>` comes or goes (src/page/article-choice.ts), and a new choice is read afresh.
 *
 * The first properties keep to narrower pages and analyzers (block elements that hold their text
 * themselves, findings within a block, quotation marks paired within each phrase, each quoted
 * term new); the last ones drop those limits, on a short page and on one of several runs.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { startContentScript, type PageWindow, type RunningContentScript } from '../../src/content/content-script';
import { pageAnalyzer } from '../../src/content/page-analyzer';
import { MAX_RUN_CHARS } from '../../src/page/analysis-runs';
import { HIGHLIGHT_NAMES } from '../../src/page/highlight-names';
import { PageModel } from '../../src/page/page-model';
import type { AnalyzeText } from '../../src/page/placed-findings';
import { findArticleRoot } from '../../src/page/text-blocks';
import type { PageFindings } from '../../src/report/findings-json';
import type { PageSummary } from '../../src/report/summary';
import { isPageFindings } from '../../src/shared/messages';
import { defaultSettings } from '../../src/shared/settings';
import { fakeAnalyze, fakeAnalyzeWithContent } from './helpers/fake-analyzer';
import { fakeBrowser } from '../helpers/fake-browser';
import { FakeHighlight } from './helpers/fake-highlights';
import { manualSchedule } from './helpers/manual-schedule';
import { manualSlices } from './helpers/manual-slices';

const RUNS = Number.parseInt(process.env.FUZZ_RUNS ?? '', 10) || 0;
const SEED = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};
const runs = (usual: number) => ({ numRuns: RUNS || usual, ...SEED });

/**
 * The story: a paragraph never touched (`#anchor`, long enough that the article stays the article
 * whatever the others become), and others, with inline elements, a quotation block and a list, that
 * the steps change. Outside it, a comment box the steps change too, which "article text only" must ignore.
 */
const PAGE = `<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main>
  <article id="story">
    <h1>The alleged <em>“peace</em> process”</h1>
    <p id="anchor">Negotiators left the capital on Tuesday without an agreement, and the plan that was meant to end the fighting looked further away than ever, after a week of meetings in which neither side moved on the questions that matter most to the towns along the border.</p>
    <p>Kyodo <a href="#x">said</a> talks were “over”. It reportedly ended.</p>
    <p>Tanaka said “no”.</p>
    <blockquote><p>“We will not accept these terms,” the minister said.</p></blockquote>
    <ul><li>An “item” in a list.</li><li>Another, alleged.</li></ul>
    <div class="box"><p>Boxed “text”, Reuters said.</p></div>
  </article>
  <aside id="comments"><p>A reader said the “talks” were a sham.</p></aside>
</main>
<footer><p>© Example News</p></footer>`;

/** Words the fake analyzer finds things in, and a few it does not. */
const FAKE_WORDS = ['Kyodo', 'Tanaka', ' said', 'said', ' “', '“', '”', ' alleged', ' reportedly', '. ', '.', ' talks', ' the', ' ', '  ', '\n', 'x'];
/**
 * Phrases the real analyzer finds things in; the quotation marks of each are paired (as BUG C needed), and
 * none is a pronoun (as BUG E needed: "she said" is credited by what the text said before).
 */
const REAL_WORDS = [
  'The minister said', ' the “reform” ', ' according to Reuters', ' so-called', ' reportedly', '. ', ' officials said', '“We will win,” ',
  ' the spokeswoman said.', ' critics called it “a sham”', ' the talks', ' allegedly', ' Kyodo reported', ' ', '\n',
];
/** All of the above, and quotation marks alone. */
const REAL_WORDS_UNPAIRED = [...REAL_WORDS, '“', '”'];

type Step =
  | { kind: 'appendBlock'; where: number; at: number; tag: 'p' | 'div' | 'blockquote' | 'h2'; text: string }
  | { kind: 'appendInline'; where: number; at: number; tag: 'text' | 'em' | 'a' | 'br'; text: string }
  | { kind: 'remove'; which: number }
  | { kind: 'swapText'; which: number; text: string }
  | { kind: 'writeData'; which: number; text: string; edit: 'set' | 'insert' | 'cut' }
  | { kind: 'rescan' }
  /** Run the next slice of a full pass under way (pages opened `sliced`). */
  | { kind: 'slice' };

function stepArbitrary(words: readonly string[]): fc.Arbitrary<Step> {
  const text = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 6 }).map((parts) => parts.join(''));
  const index = fc.nat({ max: 60 });
  return fc.oneof(
    fc.record({ kind: fc.constant('appendBlock' as const), where: index, at: index, tag: fc.constantFrom('p', 'div', 'blockquote', 'h2') as fc.Arbitrary<'p' | 'div' | 'blockquote' | 'h2'>, text }),
    fc.record({ kind: fc.constant('appendInline' as const), where: index, at: index, tag: fc.constantFrom('text', 'em', 'a', 'br') as fc.Arbitrary<'text' | 'em' | 'a' | 'br'>, text }),
    fc.record({ kind: fc.constant('remove' as const), which: index }),
    fc.record({ kind: fc.constant('swapText' as const), which: index, text }),
    fc.record({ kind: fc.constant('writeData' as const), which: index, text, edit: fc.constantFrom('set', 'insert', 'cut') as fc.Arbitrary<'set' | 'insert' | 'cut'> }),
    fc.constant({ kind: 'rescan' as const }),
  );
}

/** The nodes the steps may touch: everything in the body but `#anchor` (and what it holds). */
function candidates(document: Document) {
  const anchor = document.getElementById('anchor')!;
  const inScope = (node: Node) => !anchor.contains(node);
  const elements = [...document.body.querySelectorAll('*')].filter(inScope);
  const texts: Text[] = [];
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (inScope(node)) texts.push(node as Text);
  return {
    containers: elements.filter((e) => ['article', 'div', 'blockquote', 'aside', 'main', 'li'].includes(e.localName)),
    inlineHosts: elements.filter((e) => ['p', 'h1', 'h2', 'li', 'em', 'a', 'blockquote', 'div'].includes(e.localName)),
    // The story itself stays: "article text only" would then read something else (see the live-blog property).
    removable: [...elements.filter((e) => e.id !== 'story' && e.localName !== 'main'), ...texts],
    swappable: elements.filter((e) => ['p', 'h1', 'h2', 'li', 'em', 'a'].includes(e.localName)),
    texts,
  };
}

const pick = <T>(items: readonly T[], index: number): T | undefined => (items.length > 0 ? items[index % items.length] : undefined);

interface ApplyOptions {
  /** Skip a write that would leave a Text node's data as it was, white space aside (BUG D). */
  changingWrites?: boolean;
  /** Remove elements only, never a Text node alone (which may hold a paragraph's full stop, BUG C). */
  elementsOnly?: boolean;
}

/** Apply one step to the page as a page's own script would; false when it found nothing to apply to, or skipped it. */
function apply(document: Document, step: Step, { changingWrites = false, elementsOnly = false }: ApplyOptions = {}): boolean {
  const { containers, inlineHosts, swappable, texts } = candidates(document);
  const removable = elementsOnly ? candidates(document).removable.filter((node) => node.nodeType === 1) : candidates(document).removable;
  switch (step.kind) {
    case 'appendBlock': {
      const parent = pick(containers, step.where);
      if (!parent) return false;
      const element = document.createElement(step.tag);
      element.textContent = step.text;
      parent.insertBefore(element, parent.childNodes[step.at % (parent.childNodes.length + 1)] ?? null);
      return true;
    }
    case 'appendInline': {
      const parent = pick(inlineHosts, step.where);
      if (!parent) return false;
      let node: Node;
      if (step.tag === 'text') node = document.createTextNode(step.text);
      else if (step.tag === 'br') node = document.createElement('br');
      else {
        node = document.createElement(step.tag);
        node.textContent = step.text;
      }
      parent.insertBefore(node, parent.childNodes[step.at % (parent.childNodes.length + 1)] ?? null);
      return true;
    }
    case 'remove': {
      const node = pick(removable, step.which);
      node?.parentNode?.removeChild(node);
      return node !== undefined;
    }
    case 'swapText': {
      const element = pick(swappable, step.which);
      if (!element) return false;
      const fresh = document.createTextNode(step.text);
      if (element.firstChild) element.replaceChild(fresh, element.firstChild);
      else element.appendChild(fresh);
      return true;
    }
    case 'writeData': {
      const node = pick(texts, step.which);
      if (!node) return false;
      const at = step.which % (node.data.length + 1);
      let data: string;
      if (step.edit === 'set') data = step.text;
      else if (step.edit === 'insert') data = node.data.slice(0, at) + step.text + node.data.slice(at);
      else data = node.data.slice(0, at) + node.data.slice(at + step.text.length + 1);
      const visible = (text: string) => text.replace(/[ \t\n\r\f]/g, '');
      if (changingWrites && visible(data) === visible(node.data)) return false;
      node.data = data;
      return true;
    }
    case 'rescan':
    case 'slice':
      return true;
  }
}

interface Seen {
  /** Per highlight name, each range as `start–end "text"`, text nodes by their order in the document. */
  highlights: Record<string, string[]>;
  findings: PageFindings;
  counts: PageSummary['counts'];
}

const running: Array<() => void> = [];
afterEach(() => {
  for (const stop of running.splice(0)) stop();
});

interface LivePage {
  document: Document;
  /** Run the rescans the page's changes so far have scheduled. */
  rescan(): Promise<void>;
  /** Run the next slice of the first full pass, if it is still under way. */
  slice(): void;
  /** Whether the first full pass has slices left to run. */
  passUnderWay(): boolean;
  /** Run the first full pass to its end, and then the rescans it leaves. */
  settle(): Promise<void>;
  /** What the running script shows and reports now. */
  seen(): Promise<Seen>;
  /** Stop the running script and start a fresh one on the page as it is now; what that one shows and reports. */
  fresh(): Promise<Seen>;
}

interface OpenOptions {
  /**
   * Leave the first full pass under way, a step a slice, its slices run by `slice()`, so that the
   * page can change in between (a clock that runs fast: every slice is out of time after one step).
   */
  sliced?: boolean;
}

async function openPage(body: string, analyze: AnalyzeText, settings: unknown, { sliced = false }: OpenOptions = {}): Promise<LivePage> {
  const dom = new JSDOM(`<!doctype html><html lang="en"><head><title>News</title></head><body>${body}</body></html>`, {
    url: 'https://news.example/article',
    pretendToBeVisual: true,
  });
  const window = dom.window as unknown as PageWindow & { CSS: unknown; Highlight: unknown };
  const registry = new Map<string, FakeHighlight>();
  window.CSS = { highlights: registry };
  window.Highlight = FakeHighlight;
  const { document } = window;
  const clock = window.performance;
  const now = clock.now.bind(clock);

  const start = async (slicedPass: boolean) => {
    const extension = fakeBrowser({ settings });
    const schedule = manualSchedule();
    const slices = slicedPass ? manualSlices() : null;
    let fast = 0;
    clock.now = slicedPass ? () => (fast += 1000) : now;
    const script: RunningContentScript = startContentScript({
      window, ...extension.api, analyze, schedule: schedule.schedule, warmUp: () => [],
      ...(slices ? { slices: slices.slices } : {}),
    });
    if (!slices) {
      await script.ready;
    } else {
      // Until the pass has started: settings read, first slice run, the rest left to `slice()`.
      let started = false;
      void script.ready.then(() => (started = true));
      for (let wait = 0; wait < 100 && !started && slices.pending === 0; wait++) await new Promise((resolve) => window.setTimeout(resolve, 0));
    }
    return { extension, schedule, script, slices };
  };
  let current = await start(sliced);
  running.push(() => {
    current.script.stop();
    dom.window.close();
  });

  const seen = async (): Promise<Seen> => {
    const order = new Map<Node, number>();
    const walker = document.createTreeWalker(document, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) order.set(node, order.size);
    const at = (node: Node, offset: number) => `${order.has(node) ? `t${order.get(node)}` : node.nodeName}:${offset}`;
    const highlights = Object.fromEntries(HIGHLIGHT_NAMES.map((name) => [
      name,
      [...registry.get(name) ?? []].map((range) => `${at(range.startContainer, range.startOffset)}–${at(range.endContainer, range.endOffset)} ${JSON.stringify(range.toString())}`).sort(),
    ]));
    const findings = await current.extension.ask({ type: 'get-page-findings', payload: {} });
    expect(isPageFindings(findings)).toBe(true);
    const summary = await current.extension.ask({ type: 'get-summary', payload: {} }) as PageSummary;
    return { highlights, findings: findings as PageFindings, counts: summary.counts };
  };

  const rescan = () => current.schedule.run();
  return {
    document,
    rescan,
    slice: () => void current.slices?.runOne(),
    passUnderWay: () => (current.slices?.pending ?? 0) > 0,
    settle: async () => {
      while (current.slices?.runOne());
      await current.script.ready;
      for (let round = 0; round < 10 && current.schedule.pending > 0; round++) await rescan();
      await rescan();
    },
    seen,
    fresh: async () => {
      current.script.stop();
      registry.clear();
      current = await start(false);
      return seen();
    },
  };
}

/** The page's body now, for a failure's message. */
const bodyOf = (document: Document) => document.body.innerHTML.replace(/\s*\n\s*/g, ' ');

/**
 * Applies the steps (each `rescan` step running the rescans scheduled so far), runs the last
 * rescan, and compares what the script shows and reports with a fresh script's.
 */
async function endsAsFresh(
  body: string, steps: readonly Step[], analyze: AnalyzeText, settings: unknown, options: ApplyOptions & OpenOptions = {},
): Promise<void> {
  const page = await openPage(body, analyze, settings, options);
  const rootBefore = findArticleRoot(page.document);
  for (const step of steps) {
    if (step.kind === 'rescan') await page.rescan();
    else if (step.kind === 'slice') page.slice();
    else apply(page.document, step, options);
  }
  await page.settle();
  const live = await page.seen();
  const rootAfter = findArticleRoot(page.document);
  const fresh = await page.fresh();
  const context = `after ${JSON.stringify(steps)}\nbody: ${bodyOf(page.document)}\narticle root ${rootBefore?.id ?? rootBefore?.localName} → ${rootAfter?.id ?? rootAfter?.localName}`;
  expect(live.findings.text, context).toBe(fresh.findings.text);
  expect(live.highlights, context).toEqual(fresh.highlights);
  expect(live.findings.findings, context).toEqual(fresh.findings.findings);
  expect(live.counts, context).toEqual(fresh.counts);
}

const ARTICLE_ONLY = defaultSettings();
const WHOLE_PAGE = { ...defaultSettings(), articleOnly: false };

/**
 * The story with no block element around other blocks that the steps change (see BUG A and B):
 * the article's paragraphs are its children, beside a comment box and a footer.
 */
const FLAT_PAGE = `<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article id="story">
  <h1>The alleged <em>“peace</em> process”</h1>
  <p id="anchor">Negotiators left the capital on Tuesday without an agreement, and the plan that was meant to end the fighting looked further away than ever, after a week of meetings in which neither side moved on the questions that matter most to the towns along the border.</p>
  <p>Kyodo <a href="#x">said</a> talks were “over”. It reportedly ended.</p>
  <p>Tanaka said “no”.</p>
  <p>“We will not accept these terms,” the minister said.</p>
  <h2>An “item”, alleged.</h2>
  <p>Boxed “text”, Reuters said.</p>
</article>
<aside id="comments"><p>A reader said the “talks” were a sham.</p></aside>
<footer><p>© Example News</p></footer>`;

/** FLAT_PAGE with ten long paragraphs more: a full pass analyses it in several runs (RUN_CHARS each), a slice each. */
const LONG_FLAT_PAGE = FLAT_PAGE.replace('</article>', `${Array.from({ length: 10 }, (_, k) =>
  `<p>Filler ${k}: the “term ${k}” stays, Kyodo said. ${'The talks went on for hours without any result at all. '.repeat(14)}</p>`).join('\n')}</article>`);

/** The steps on FLAT_PAGE: new blocks are paragraphs and headings put into the story only. */
function flatStepArbitrary(words: readonly string[]): fc.Arbitrary<Step> {
  return stepArbitrary(words).map((step) => (step.kind === 'appendBlock' ? { ...step, where: 0, tag: step.tag === 'h2' ? 'h2' : 'p' } : step));
}

/**
 * FLAT_PAGE for the real analyzer, whose findings in a paragraph can depend on the one before
 * (BUG C) when that one leaves a quotation mark unpaired or ends in no full stop: no quotation is
 * split between Text nodes, and the heading ends in a full stop too.
 */
const REAL_PAGE = FLAT_PAGE.replace('<h1>The alleged <em>“peace</em> process”</h1>', '<h1>The alleged “peace process”, <em>in brief</em>.</h1>');

/**
 * FLAT_PAGE with 24 long paragraphs more, for the real analyzer: several analysis runs
 * (src/page/analysis-runs.ts), with findings that depend on text runs away, a term scare-quoted
 * again ("repeated") and "she said" after a vague or a named source.
 */
const LONG_REAL_PAGE = FLAT_PAGE.replace('</article>', `${Array.from({ length: 24 }, (_, k) =>
  `<p>${k % 3 === 0 ? 'Officials' : 'Kyodo'} said the “reform” was late. She said it would pass. ${'The talks went on for hours without any result at all. '.repeat(2 + (k % 5) * 3)}</p>`).join('\n')}</article>`);

/** Scare-quotable terms, each used once in a sequence: a term quoted again is "repeated" (BUG E). */
const TERMS = ['new', 'bold', 'fair', 'final', 'grand', 'true', 'big', 'clean'].flatMap((adjective) =>
  ['reform', 'deal', 'plan', 'truce', 'cure', 'reset', 'vision', 'pact'].map((noun) => `${adjective} ${noun}`));

/**
 * The steps on REAL_PAGE for the real analyzer: as on FLAT_PAGE, but every quoted term new, every
 * text a sentence ending in a full stop, and a write sets a Text node's whole data (a cut or an
 * insertion could split a quotation's marks or take a full stop away). Run with `elementsOnly`.
 */
function realStepArbitrary(): fc.Arbitrary<Step[]> {
  return fc.array(flatStepArbitrary(REAL_WORDS), { maxLength: 10 }).map((steps) => {
    let used = 0;
    const fresh = (text: string) => {
      const sentence = text.replace(/“(reform|a sham)”/g, () => `“${TERMS[used++ % TERMS.length]}”`).trimEnd();
      return /[.!?]$/.test(sentence) ? sentence : `${sentence || 'Nothing new'}.`;
    };
    return steps.map((step) => {
      if (!('text' in step)) return step;
      return step.kind === 'writeData' ? { ...step, edit: 'set' as const, text: fresh(step.text) } : { ...step, text: fresh(step.text) };
    });
  });
}

/**
 * fakeAnalyze with every finding kept to its block (see BUG C): a source across a blank line
 * ("Kyodo\n\nsaid") is left out, the attribution's source then being vague, and a sentence ends
 * at its block's end (fakeAnalyze's takes in the first line break of a blank line after it, when
 * there is a block after it).
 */
const fakeAnalyzeInBlocks: AnalyzeText = (text) => fakeAnalyze(text).map((found) => {
  let finding = found;
  const blockEnd = text.indexOf('\n\n', finding.end);
  if (blockEnd >= 0 && finding.sentence.end > blockEnd) finding = { ...finding, sentence: { ...finding.sentence, end: blockEnd } };
  if (finding.kind !== 'attribution' || !finding.source || !text.slice(finding.source.start, finding.end).includes('\n\n')) return finding;
  const { source: _, ...rest } = finding;
  return { ...rest, sourceType: 'vague' };
});

/** The smallest failing case of each bug, as the shrunk property gave it (whole page, so that nothing depends on the article's choice). */
const BUG_A_ELEMENT: [string, (document: Document) => void] = [
  '<p>One “a”.</p><div id="d"><p>Two “b”.</p></div>',
  // Any change of the div's own children will do: here an empty text node; removing the first <li> of a <ul> too.
  (document) => document.getElementById('d')!.prepend(''),
];
const BUG_A_LIST_ITEM: [string, (document: Document) => void] = [
  '<p>One “a”.</p><ul><li>A “a”.</li><li>B “b”.</li></ul>',
  (document) => document.querySelector('li')!.remove(),
];
const BUG_B: [string, (document: Document) => void] = [
  '<p>One “a”.</p><blockquote><p>Two “b”.</p></blockquote>',
  (document) => {
    const p = document.createElement('p');
    p.textContent = 'Three “c”.';
    document.body.append(p);
  },
];
const BUG_C_SOURCE: [string, (document: Document) => void] = [
  '<p>Intro.</p><p id="k">Kyodo</p><p>said “x”.</p>',
  (document) => void ((document.getElementById('k')!.firstChild as Text).data = 'Reuters'),
];
const BUG_C_CLAIM: [string, (document: Document) => void] = [
  '<p>Kyodo said:</p><p id="k">One.</p><p>Two.</p><p>Three.</p>',
  (document) => void ((document.getElementById('k')!.firstChild as Text).data = 'Uno, dos.'),
];
const BUG_C_CLASS: [string, (document: Document) => void] = [
  '<p id="k">Tanaka said “no”.</p><p>“We will not accept these terms,” the minister said.</p>',
  (document) => void ((document.getElementById('k')!.firstChild as Text).data = '“The minister said'),
];
const BUG_E: [string, (document: Document) => void] = [
  '<p id="top">Talks resumed.</p><p>Filler one is here.</p><p>Filler two is here.</p><p>The ministry defended its “reform” of the tax code on Friday.</p>',
  (document) => {
    const p = document.createElement('p');
    p.textContent = 'The government pushed its “reform” of the pension system through the lower house last month.';
    document.getElementById('top')!.after(p);
  },
];
const BUG_D: [string, (document: Document) => void] = [
  '<p id="k">Kyodo said “no”.</p>',
  (document) => {
    const text = document.getElementById('k')!.firstChild as Text;
    text.data = text.data;
  },
];

/** One change, its rescan, and the comparison with a fresh script. */
async function changeEndsAsFresh([body, change]: [string, (document: Document) => void], analyze: AnalyzeText = fakeAnalyze): Promise<void> {
  const page = await openPage(body, analyze, WHOLE_PAGE);
  change(page.document);
  await page.rescan();
  const live = await page.seen();
  const fresh = await page.fresh();
  const context = `body: ${bodyOf(page.document)}`;
  expect(live.highlights, context).toEqual(fresh.highlights);
  expect(live.findings, context).toEqual(fresh.findings);
}

describe('a live page ends exactly as a fresh scan of its final DOM', () => {
  describe('the changes of the issue, one at a time', () => {
    const cases: Array<[string, Step[]]> = [
      ['an appended paragraph', [{ kind: 'appendBlock', where: 0, at: 99, tag: 'p', text: 'Later, an “update”, Kyodo said.' }]],
      ['a removed paragraph', [{ kind: 'remove', which: 0 }]],
      ['a text node swapped: p.replaceChild(newText, p.firstChild)', [{ kind: 'swapText', which: 3, text: 'Reuters said the “truce” held.' }]],
      ['a Text.data write', [{ kind: 'writeData', which: 5, text: 'a “new” claim, reportedly', edit: 'set' }]],
    ];
    it.each(cases)('%s, article text only', async (_, steps) => {
      await endsAsFresh(FLAT_PAGE, steps, fakeAnalyze, ARTICLE_ONLY);
    });
    it.each(cases)('%s, whole page', async (_, steps) => {
      await endsAsFresh(FLAT_PAGE, steps, fakeAnalyze, WHOLE_PAGE);
    });
  });

  it('after random sequences of appends, removals, text-node swaps and Text.data writes (article text only)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(flatStepArbitrary(FAKE_WORDS), { maxLength: 12 }), async (steps) => {
      await endsAsFresh(FLAT_PAGE, steps, fakeAnalyzeInBlocks, ARTICLE_ONLY, { changingWrites: true });
    }), runs(50));
  }, 120_000);

  it('after random sequences of changes anywhere on the page (whole page)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(flatStepArbitrary(FAKE_WORDS), { maxLength: 12 }), async (steps) => {
      await endsAsFresh(FLAT_PAGE, steps, fakeAnalyzeInBlocks, WHOLE_PAGE, { changingWrites: true });
    }), runs(50));
  }, 120_000);

  it('the sliced first pass of the property below takes several slices, with changes between them', async () => {
    const page = await openPage(LONG_FLAT_PAGE, fakeAnalyzeInBlocks, WHOLE_PAGE, { sliced: true });
    let slices = 0;
    while (page.passUnderWay()) {
      apply(page.document, { kind: 'appendInline', where: slices, at: 0, tag: 'text', text: ' “more”' });
      page.slice();
      slices++;
    }
    expect(slices).toBeGreaterThanOrEqual(3);
    await page.settle();
    const live = await page.seen();
    expect(live.highlights).toEqual((await page.fresh()).highlights);
  });

  it('after random sequences of changes while the first full pass is under way, a slice at a time', async () => {
    const steps = fc.array(fc.oneof(flatStepArbitrary(FAKE_WORDS), fc.constant({ kind: 'slice' as const }), fc.constant({ kind: 'slice' as const })), { maxLength: 16 });
    await fc.assert(fc.asyncProperty(steps, fc.boolean(), async (sequence, articleOnly) => {
      await endsAsFresh(LONG_FLAT_PAGE, sequence, fakeAnalyzeInBlocks, articleOnly ? ARTICLE_ONLY : WHOLE_PAGE, { changingWrites: true, sliced: true });
    }), runs(50));
  }, 120_000);

  it('after random sequences, with the real analyzer', async () => {
    const { analyze } = pageAnalyzer(() => 'en');
    await fc.assert(fc.asyncProperty(realStepArbitrary(), async (steps) => {
      await endsAsFresh(REAL_PAGE, steps, analyze, ARTICLE_ONLY, { changingWrites: true, elementsOnly: true });
    }), runs(25));
  }, 120_000);

  it('the long page of the property below is analysed in several runs', () => {
    const analysed: string[] = [];
    const { analyze } = pageAnalyzer(() => 'en');
    const { document } = new JSDOM(`<!doctype html><html lang="en"><body>${LONG_REAL_PAGE}</body></html>`).window;
    new PageModel((text) => {
      analysed.push(text);
      return analyze(text);
    }).scanAll(document);
    expect(analysed.length).toBeGreaterThanOrEqual(3);
    expect(analysed.every((text) => text.length < MAX_RUN_CHARS + 3000)).toBe(true);
  });

  it('after random sequences on a page of several runs, with the real analyzer, repeated terms and pronouns', async () => {
    const { analyze } = pageAnalyzer(() => 'en');
    const words = [...REAL_WORDS_UNPAIRED, ' she said.', ' the “reform” '];
    await fc.assert(fc.asyncProperty(fc.array(flatStepArbitrary(words), { maxLength: 10 }), fc.boolean(), async (steps, articleOnly) => {
      await endsAsFresh(LONG_REAL_PAGE, steps, analyze, articleOnly ? ARTICLE_ONLY : WHOLE_PAGE, { changingWrites: true });
    }), runs(25));
  }, 240_000);

  describe('the bugs the properties found (src/page/page-model.ts, src/content/content-script.ts), each by its smallest case', () => {
    // BUG A, "an element read before is read again as new": the div's paragraph, then every finding in it, is there twice.
    it('BUG A (fixed): a change in a <div> around a paragraph leaves its findings once', () => changeEndsAsFresh(BUG_A_ELEMENT));
    it('BUG A (fixed): removing the first item of a list leaves the second item\'s findings once', () => changeEndsAsFresh(BUG_A_LIST_ITEM));
    // BUG B, "a new block goes in before a sibling's nested blocks", and “b”'s sentence range, read with its new neighbour.
    it('BUG B (fixed): a paragraph appended after a <blockquote> of paragraphs comes after them', () => changeEndsAsFresh(BUG_B));
    // BUG C, "a changed block's neighbours keep findings that depended on it".
    // "said" kept no source, where a fresh scan credits Reuters.
    it('BUG C (fixed): an attribution whose source\'s block changes credits the new source', () => changeEndsAsFresh(BUG_C_SOURCE));
    // The claim was "Two." alone, where a fresh scan gives "Uno, dos.\n\nTwo.".
    it('BUG C (fixed): an attribution whose claim runs into a changed block keeps all of its claim', () => changeEndsAsFresh(BUG_C_CLAIM, fakeAnalyzeWithContent));
    // The quotation stayed "credited to the minister", where a fresh scan, pairing the new “ with it, says "someone's words".
    it('BUG C (fixed): a quotation after a paragraph that changes is classed again (real analyzer)', () => changeEndsAsFresh(BUG_C_CLASS, pageAnalyzer(() => 'en').analyze));
    // BUG D, "highlights over a rewritten Text node stay where the browser moved them": all three ranges collapse to offset 0.
    it('BUG D (fixed): writing a Text node\'s data with the same text leaves its highlights whole', () => changeEndsAsFresh(BUG_D));
    // BUG E, "findings that depend on text anywhere before them": the old “reform”, two paragraphs below the new one, kept "puts the term in
    // quotation marks without crediting anyone", where a fresh scan says "keeps this term in quotation marks each time".
    it('BUG E (fixed): a scare quote whose term is first quoted in a new paragraph above is explained as repeated (real analyzer)', () =>
      changeEndsAsFresh(BUG_E, pageAnalyzer(() => 'en').analyze));

    // BUG F, "the article is chosen once": the live page showed the first post's findings only.
    it('BUG F (fixed): a live blog that opens with one post reads the posts added since, as a fresh scan does (article text only)', async () => {
      const post = (n: number) => `<article class="post"><h2>Update ${n}</h2><p>Update ${n}: Kyodo said the “truce ${n}” held, and `
        + `officials reportedly met again. ${'Members spoke for more than an hour about spending on schools and roads. '.repeat(3)}</p></article>`;
      const page = await openPage(`<main><h1>Live</h1><div id="feed">${post(1)}</div></main>`, fakeAnalyze, ARTICLE_ONLY);
      const feed = page.document.getElementById('feed')!;
      for (const n of [2, 3, 4]) {
        feed.insertAdjacentHTML('afterbegin', post(n));
        await page.rescan();
      }
      const live = await page.seen();
      const fresh = await page.fresh();
      expect(fresh.highlights['quotelight-scare']).toHaveLength(4);
      expect(live.highlights).toEqual(fresh.highlights);
    });

    // All of them, and whatever else they hid: the full property, on a page with blocks in blocks,
    // findings across blocks and any write, starting from cases of the property's own that shrank
    // to the ones above (so that it fails every run should one come back).
    it('after random sequences on a page with block elements around paragraphs, findings across blocks, and any write', async () => {
      const examples: Array<[Step[]]> = [
        // BUG A: an <a> in the menu, then an empty text node into the box's <div>.
        [[{ kind: 'appendInline', where: 0, at: 0, tag: 'a', text: '' }, { kind: 'appendInline', where: 60, at: 0, tag: 'text', text: '' }]],
        // BUG C: a paragraph " said" first in <main>, crediting the menu's "World"; the menu's "Home" emptied.
        [[{ kind: 'appendBlock', where: 0, at: 0, tag: 'p', text: ' said' }, { kind: 'rescan' }, { kind: 'swapText', which: 0, text: '' }]],
        // BUG D: " process”" in the heading written again as it was.
        [[{ kind: 'writeData', which: 7, text: '', edit: 'insert' }]],
      ];
      await fc.assert(fc.asyncProperty(fc.array(stepArbitrary([...FAKE_WORDS, ':']), { maxLength: 12 }), async (steps) => {
        await endsAsFresh(PAGE, steps, fakeAnalyzeWithContent, WHOLE_PAGE);
      }), { ...runs(100), examples });
    }, 120_000);

    it('after random sequences with the real analyzer, quotation marks alone and pronouns (BUG C, BUG E)', async () => {
      const { analyze } = pageAnalyzer(() => 'en');
      const examples: Array<[Step[]]> = [
        [[{ kind: 'appendBlock', where: 0, at: 0, tag: 'p', text: '' }, { kind: 'swapText', which: 59, text: '“The minister said' }]],
      ];
      await fc.assert(fc.asyncProperty(fc.array(flatStepArbitrary([...REAL_WORDS_UNPAIRED, ' she said.']), { maxLength: 10 }), async (steps) => {
        await endsAsFresh(FLAT_PAGE, steps, analyze, ARTICLE_ONLY, { changingWrites: true });
      }), { ...runs(30), examples });
    }, 120_000);
  });
});
