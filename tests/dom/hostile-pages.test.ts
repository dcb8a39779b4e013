/**
 * Hostile and odd pages (issue 5, item 1) under jsdom, through the pipeline as the content script
 * runs it: extraction, the real analyzer, highlights (Highlight-API mode with a fake registry, and
 * the <mark> fallback where it matters). For each: no exception escapes, bounded time, the page's
 * DOM unchanged, and the highlights are the findings the CLI's reading of the same page gives.
 * What jsdom cannot hold (a connected tree 20,000 deep) is covered here as far as jsdom goes and in
 * full in real browsers (tests/e2e/hostile-*.test.ts).
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/analysis';
import type { Finding } from '../../src/analysis/types';
import { SCAN_END_MARK, startContentScript, type PageWindow } from '../../src/content/content-script';
import { MAX_RUN_CHARS } from '../../src/page/analysis-runs';
import { highlightNameOf, HIGHLIGHT_NAMES, SOURCE_HIGHLIGHT } from '../../src/page/highlight-names';
import { blockRange, extractPageText } from '../../src/page/text-blocks';
import type { PageSummary } from '../../src/report/summary';
import { fakeBrowser } from '../helpers/fake-browser';
import { FakeHighlight } from './helpers/fake-highlights';
import { manualSchedule } from './helpers/manual-schedule';

const realAnalyze = (text: string): Finding[] => analyze(text);

const running: Array<() => void> = [];
afterEach(() => {
  for (const stop of running.splice(0)) stop();
  vi.restoreAllMocks();
});

interface SetUpOptions {
  /** Markup of the body, or a function that builds the page. */
  body?: string;
  build?: (document: Document) => void;
  /** Run page "scripts" before the content script starts. */
  pageScript?: (window: PageWindow & Record<string, unknown>) => void;
  highlights?: boolean;
  contentType?: string;
  html?: string;
  schedule?: 'manual' | 'real';
  /** The analyzer the content script gets (the real one by default). */
  analyze?: (text: string) => Finding[];
}

/** A page, then the content script on it, as tests/dom/content-script.test.ts drives it. */
async function setUp(options: SetUpOptions) {
  const html = options.html ?? `<!doctype html><html><head><title>Hostile</title></head><body>${options.body ?? ''}</body></html>`;
  const dom = new JSDOM(html, {
    url: 'https://news.example/hostile',
    pretendToBeVisual: true,
    ...(options.contentType ? { contentType: options.contentType } : {}),
  });
  const window = dom.window as unknown as PageWindow & Record<string, unknown>;
  options.build?.(window.document);
  const registry = new Map<string, FakeHighlight>();
  if (options.highlights !== false) {
    window.CSS = { highlights: registry };
    window.Highlight = FakeHighlight;
  }
  const marks: string[] = [];
  window.performance.mark = ((name: string) => void marks.push(name)) as unknown as Performance['mark'];
  // What the CLI reads from the page before anything runs on it: the expected findings.
  const expected = realAnalyze(extractPageText(window.document).text);
  const original = snapshot(window.document);
  options.pageScript?.(window);
  const extension = fakeBrowser();
  const manual = manualSchedule();
  const errors: unknown[] = [];
  window.addEventListener('error', (event) => errors.push((event as ErrorEvent).error));
  const debug = vi.spyOn(console, 'debug').mockImplementation((...args: unknown[]) => void errors.push(args));
  const started = performance.now();
  const script = startContentScript({
    window, ...extension.api, analyze: options.analyze ?? realAnalyze,
    ...(options.schedule === 'real' ? {} : { schedule: manual.schedule }),
  });
  running.push(() => {
    script.stop();
    dom.window.close();
  });
  await script.ready;
  const firstPassMs = performance.now() - started;
  return {
    window, document: window.document, extension, schedule: manual, registry, marks, original, expected, errors, debug, firstPassMs,
    rangeTexts: (name: string) => [...registry.get(name) ?? []].map((range) => range.toString()),
    sizes: () => Object.fromEntries(HIGHLIGHT_NAMES.map((name) => [name, registry.get(name)?.size ?? 0])),
    askSummary: () => extension.ask({ type: 'get-summary', payload: {} }) as Promise<PageSummary>,
  };
}

/** Registry sizes the findings should give: one range per finding, one per attribution source. */
function expectedSizes(findings: readonly Finding[]): Record<string, number> {
  const sizes: Record<string, number> = Object.fromEntries(HIGHLIGHT_NAMES.map((name) => [name, 0]));
  for (const finding of findings) {
    sizes[highlightNameOf(finding)]! += 1;
    if (finding.kind === 'attribution' && finding.source) sizes[SOURCE_HIGHLIGHT]! += 1;
  }
  return sizes;
}

/** Every node's type, name, attributes and data, walked without recursion (outerHTML recurses). */
function snapshot(document: Document): string {
  const parts: string[] = [];
  const stack: Node[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 1) {
      const element = node as Element;
      parts.push(`<${element.nodeName}${[...element.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`);
    } else if (node.nodeType === 3 || node.nodeType === 8) {
      parts.push(`${node.nodeType}:${(node as CharacterData).data}`);
    }
    parts.push(`#${node.childNodes.length}`);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return parts.join('\n');
}

/** A paragraph with one of each kind, as the analyzer reads it (checked in the first test). */
const RICH = 'The so-called “reform” was drafted, officials said. Kyodo said the plan was “dead”.';
const RICH_SIZES = {
  'quotelight-hedge': 1, 'quotelight-scare': 1, 'quotelight-attribution-vague': 1, 'quotelight-attribution-named': 1,
  'quotelight-partial': 1, 'quotelight-source': 2,
};

describe('hostile pages under jsdom', () => {
  it('reads a plain rich paragraph as expected (the reference for the other cases)', async () => {
    const page = await setUp({ body: `<p>${RICH}</p>` });
    expect(page.sizes()).toMatchObject(RICH_SIZES);
    expect(page.sizes()).toEqual(expectedSizes(page.expected));
    expect(page.rangeTexts('quotelight-scare')).toEqual(['“reform”']);
    expect(snapshot(page.document)).toBe(page.original);
  });

  it('deep nesting: 20,000 levels are read, analysed and mapped to ranges without recursion', () => {
    // jsdom itself overflows its stack connecting a tree this deep (Node-impl _descendantAdded),
    // so the pipeline runs here on the detached tree; the connected page is in the e2e tests.
    const { window } = new JSDOM('<!doctype html><body></body>');
    const { document } = window;
    let inner: Element = document.createElement('p');
    inner.append('Before. ', document.createElement('em'), ' after.');
    inner.querySelector('em')!.textContent = RICH;
    for (let depth = 0; depth < 20_000; depth++) {
      const parent = document.createElement(depth % 3 === 0 ? 'div' : depth % 3 === 1 ? 'span' : 'section');
      parent.append(inner);
      inner = parent;
    }
    const started = performance.now();
    const page = extractPageText(inner);
    const findings = realAnalyze(page.text);
    const scare = findings.find((finding) => finding.kind === 'quote' && finding.class === 'scare')!;
    const range = blockRange(page.blocks[0]!, scare.start, scare.end)!;
    const dom = document.createRange();
    dom.setStart(range.startNode, range.startOffset);
    dom.setEnd(range.endNode, range.endOffset);
    expect(dom.toString()).toBe('“reform”');
    expect(expectedSizes(findings)).toMatchObject(RICH_SIZES);
    expect(performance.now() - started).toBeLessThan(5_000);
    window.close();
  });

  it('deep nesting: 2,000 levels connected, through the content script, with a rescan deep inside', async () => {
    const page = await setUp({
      build: (document) => {
        let element: Element = document.body;
        for (let depth = 0; depth < 2_000; depth++) {
          const child = document.createElement(depth % 2 ? 'div' : 'span');
          element.append(child);
          element = child;
        }
        element.innerHTML = `<p id="deep">${RICH}</p>`;
      },
    });
    expect(page.errors).toEqual([]);
    expect(page.sizes()).toEqual(expectedSizes(page.expected));
    expect(page.sizes()).toMatchObject(RICH_SIZES);
    expect(snapshot(page.document)).toBe(page.original);
    page.document.getElementById('deep')!.append(' Later, an alleged “leak”.');
    await page.schedule.run();
    expect(page.rangeTexts('quotelight-scare')).toEqual(['“reform”', '“leak”']);
    expect(page.errors).toEqual([]);
  });

  it('100,000 text nodes, with quotations split across them', async () => {
    // jsdom's Range is slow on a document this size (about 0.25 s per setStart/setEnd pair over
    // 100,000 nodes; browsers are O(depth)), so only two paragraphs hold findings; the text nodes
    // are all there. Each quotation mark is a text node of its own.
    const paragraphs = 1_000;
    const split = '<span>The</span> <span>so-called</span> <b>“</b><i>re</i><i>form</i><b>”</b> <span>was</span> <span>drafted,</span> '
      + '<span>officials</span> <span>said.</span> <span>Kyodo</span> <span>said</span> <span>the</span> <span>plan</span> '
      + '<span>was</span> <b>“</b><i>dead</i><b>”</b><span>.</span>';
    const filler = (count: number) => '<span> filler.</span>'.repeat(count);
    const richEvery = 500;
    const body = Array.from({ length: paragraphs }, (_, p) => (p % richEvery === 0 ? `<p>${split}${filler(82)}</p>` : `<p>${filler(100)}</p>`)).join('');
    const page = await setUp({ body });
    let textNodes = 0;
    for (const walker = page.document.createTreeWalker(page.document.body, 4); walker.nextNode();) textNodes++;
    expect(textNodes).toBeGreaterThanOrEqual(100_000);
    expect(page.errors).toEqual([]);
    expect(page.sizes()).toEqual(expectedSizes(page.expected));
    expect(page.sizes()['quotelight-scare']).toBe(paragraphs / richEvery);
    expect(new Set(page.rangeTexts('quotelight-scare'))).toEqual(new Set(['“reform”']));
    expect(snapshot(page.document)).toBe(page.original);
    // Generous for a loaded 2-core CI runner: the point is that it ends, without recursion or a quadratic walk.
    expect(page.firstPassMs).toBeLessThan(60_000);
  }, 180_000);

  it('10 MB of text in bounded time, highlights as the CLI finds them', async () => {
    const filler = `<p>${'The negotiations began in the spring after months of shuttle diplomacy between the two capitals. '.repeat(8)}</p>`;
    // One paragraph of findings per ~200 kB of plain reporting (jsdom's Range is slow, see above).
    const chunk = `<p>${RICH}</p>${filler.repeat(250)}`;
    const repeats = Math.ceil(10_000_000 / chunk.length);
    const page = await setUp({ body: `<article>${chunk.repeat(repeats)}</article>` });
    expect(page.document.body.textContent!.length).toBeGreaterThan(9_500_000);
    expect(page.errors).toEqual([]);
    expect(page.sizes()).toEqual(expectedSizes(page.expected));
    expect(page.sizes()['quotelight-scare']).toBe(repeats);
    expect(page.firstPassMs, 'first pass over 10 MB').toBeLessThan(90_000);
  }, 240_000);

  it('unbalanced quotation marks everywhere: ranges are the findings, text and DOM untouched', async () => {
    const marks = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」'];
    await fc.assert(fc.asyncProperty(
      fc.array(fc.array(fc.oneof(fc.constantFrom(...marks), fc.constantFrom('word', 'said', 'alleged', 'Kyodo', 'the', '.', ',', 'so-called')), { maxLength: 40 }), { minLength: 1, maxLength: 6 }),
      fc.boolean(),
      async (paragraphs, split) => {
        const body = paragraphs.map((tokens) => `<p>${tokens.map((t) => (split ? `<b>${escape(t)}</b>` : escape(t))).join(' ')}</p>`).join('');
        const page = await setUp({ body });
        expect(page.errors).toEqual([]);
        expect(page.sizes()).toEqual(expectedSizes(page.expected));
        const pageText = extractPageText(page.document).text;
        const summary = await page.askSummary();
        for (const finding of summary.findings) expect(pageText).toContain(finding.text);
        // Each quotation's range reads exactly the finding's text.
        const quoteTexts = page.expected.filter((f) => f.kind === 'quote').map((f) => f.text).sort();
        const rangeTexts = ['scare', 'partial', 'direct', 'title'].flatMap((c) => page.rangeTexts(`quotelight-${c}`)).sort();
        expect(rangeTexts).toEqual(quoteTexts);
        expect(snapshot(page.document)).toBe(page.original);
        for (const stop of running.splice(0)) stop();
      },
    ), { numRuns: 60, seed: 5 });
  }, 60_000);

  it('right-to-left and mixed scripts, with bidi controls', async () => {
    const page = await setUp({
      body: [
        '<p dir="rtl" lang="ar">قال المتحدث إن «الإصلاح» المزعوم لم يبدأ بعد.</p>',
        '<p dir="rtl" lang="he">הדובר אמר כי ״הרפורמה״ לא החלה.</p>',
        `<p dir="rtl">\u202B${RICH}\u202C</p>`,
        `<p>Mixed: <bdi>שלום</bdi> — ${RICH} \u2067עברית\u2069 中文“引号”中文 русский «текст».</p>`,
        `<p dir="auto">\u202E${RICH}\u202C</p>`,
      ].join(''),
    });
    expect(page.errors).toEqual([]);
    expect(page.sizes()).toEqual(expectedSizes(page.expected));
    // The English paragraphs keep their findings whatever direction they sit in.
    expect(page.rangeTexts('quotelight-scare').filter((text) => text === '“reform”')).toHaveLength(3);
    expect(snapshot(page.document)).toBe(page.original);
  });

  it('emoji, ZWJ sequences, combining marks and zero-width characters inside quotations', async () => {
    const inside = [
      '👩‍👩‍👧‍👦 family',
      'cafe\u0301 society',
      'zero\u200bwidth',
      '\ufeffbom\u200d',
      'flag 🇺🇦 day',
      'n\u0303o\u0308\u0327 marks',
      'skin 👍🏽 tone',
    ];
    const page = await setUp({
      body: inside.map((quoted, i) => `<p>The so-called “${i % 2 ? `<em>${quoted}</em>` : quoted}” was drafted, officials said.</p>`).join(''),
    });
    expect(page.errors).toEqual([]);
    expect(page.sizes()).toEqual(expectedSizes(page.expected));
    const quotes = ['scare', 'partial', 'direct', 'title'].flatMap((c) => page.rangeTexts(`quotelight-${c}`));
    expect(quotes.sort()).toEqual(inside.map((quoted) => `“${quoted}”`).sort());
    // No range starts or ends inside a surrogate pair.
    for (const highlight of page.registry.values()) {
      for (const range of highlight) {
        for (const [node, offset] of [[range.startContainer, range.startOffset], [range.endContainer, range.endOffset]] as const) {
          const data = (node as Text).data ?? '';
          const code = data.charCodeAt(offset);
          expect(code >= 0xdc00 && code <= 0xdfff, `range edge inside a surrogate pair in ${JSON.stringify(data)}`).toBe(false);
        }
      }
    }
    expect(snapshot(page.document)).toBe(page.original);
  });

  it('the same emoji page in the <mark> fallback: marks hold the quotations whole and come off exactly', async () => {
    const page = await setUp({
      highlights: false,
      body: '<p>The so-called “👩‍👩‍👧 fam\u0301ily\u200b” was drafted, officials said.</p>',
    });
    expect(page.errors).toEqual([]);
    expect([...page.document.querySelectorAll('mark[data-quotelight="quotelight-scare"]')].map((m) => m.textContent).join(''))
      .toBe('“👩‍👩‍👧 fam\u0301ily\u200b”');
    await page.extension.api.storage.sync.set({ settings: { pausedSites: ['news.example'] } });
    expect(snapshot(page.document)).toBe(page.original);
  });

  it('page scripts polluted Object.prototype and Array.prototype and overwrote DOM prototype methods', async () => {
    // Overwriting the page realm's Array methods themselves breaks jsdom's own internals (they
    // share that realm), so that case runs in real browsers only (tests/e2e/hostile-*.test.ts).
    const page = await setUp({
      body: `<p id="p">${RICH}</p>`,
      pageScript: (window) => {
        const boom = () => {
          throw new Error('page says no');
        };
        const objects = window.Object as ObjectConstructor;
        objects.defineProperty(objects.prototype, 'polluted', { value: 'x', enumerable: true, configurable: true, writable: true });
        objects.defineProperty((window.Array as ArrayConstructor).prototype, 'extra', { value: boom, enumerable: true, configurable: true });
        const nodeProto = (window.Node as typeof Node).prototype as unknown as Record<string, unknown>;
        nodeProto.normalize = boom;
        const elementProto = (window.Element as typeof Element).prototype as unknown as Record<string, unknown>;
        elementProto.insertAdjacentHTML = boom;
        elementProto.scrollIntoView = boom;
        const textProto = (window.Text as typeof Text).prototype as unknown as Record<string, unknown>;
        textProto.splitText = boom;
      },
    });
    expect(page.errors).toEqual([]);
    expect(page.sizes()).toEqual(expectedSizes(page.expected));
    expect(snapshot(page.document)).toBe(page.original);
  });

  it('window.CSS replaced by the page: falls back to marks, and the marks come off exactly', async () => {
    // In a browser the content script's isolated world has its own CSS; under jsdom the page and
    // the script share one window, so this is the worst case: the registry is gone.
    const page = await setUp({
      body: `<p>${RICH}</p>`,
      highlights: false,
      pageScript: (window) => {
        window.CSS = { highlights: 'not a registry', escape: () => '' };
        window.Highlight = 42;
      },
    });
    expect(page.errors).toEqual([]);
    expect(page.document.querySelectorAll('mark[data-quotelight]').length).toBeGreaterThan(0);
    await page.extension.api.storage.sync.set({ settings: { pausedSites: ['news.example'] } });
    expect(snapshot(page.document)).toBe(page.original);
  });

  it('a page that mutates every 16 ms forever: rescans are batched, each reads only what changed', async () => {
    const background = `<p>${RICH}</p>`.repeat(200);
    const analysed: number[] = [];
    const page = await setUp({
      body: `<article>${background}<p id="ticker">tick</p><input id="box"></article>`,
      schedule: 'real',
      analyze: (text) => {
        analysed.push(text.length);
        return realAnalyze(text);
      },
    });
    // The first pass analysed the page in runs of blocks; the rescans come after.
    const firstPass = analysed.length;
    const pageLength = analysed.reduce((sum, length) => sum + length, 0);
    const ticker = page.document.getElementById('ticker')!;
    const box = page.document.getElementById('box') as HTMLInputElement;
    let n = 0;
    const timer = page.window.setInterval(() => {
      n++;
      ticker.textContent = `tick ${n}, an alleged “update” number ${n}`;
    }, 16);
    const started = performance.now();
    // Typing while the page churns.
    for (const char of 'typed “text”') {
      box.value += char;
      box.dispatchEvent(new (page.window.Event as typeof Event)('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    page.window.clearInterval(timer);
    const churnMs = performance.now() - started;
    expect(box.value).toBe('typed “text”');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const rescans = page.marks.filter((mark) => mark.endsWith('rescan-end')).length;
    expect(n).toBeGreaterThan(50);
    // At most one rescan per batch window (50 ms without requestIdleCallback), never one per mutation.
    expect(rescans).toBeGreaterThan(0);
    expect(rescans).toBeLessThanOrEqual(Math.ceil(churnMs / 50) + 2);
    expect(rescans).toBeLessThan(n);
    // Each rescan analysed the ticker's run (and the run before, when the ticker starts its run), not the page:
    // a run holds less than MAX_RUN_CHARS and a block, with one block of context on either side.
    const rescanned = analysed.slice(firstPass);
    expect(rescanned.length).toBeGreaterThanOrEqual(1);
    expect(rescanned.length).toBeLessThanOrEqual(2 * rescans);
    expect(Math.max(...rescanned)).toBeLessThan(MAX_RUN_CHARS + 3 * (RICH.length + 2));
    expect(Math.max(...rescanned)).toBeLessThan(pageLength / 2);
    expect(page.errors).toEqual([]);
    // After the churn stops, the page's findings are the CLI's findings of the page as it is now.
    expect(page.sizes()).toEqual(expectedSizes(realAnalyze(extractPageText(page.document).text)));
    expect(page.rangeTexts('quotelight-scare')).toContain('“update”');
    expect(page.marks[0]).toBe('quotelight:scan-start');
    expect(page.marks).toContain(SCAN_END_MARK);
  }, 20_000);
});

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
