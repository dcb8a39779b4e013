import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../src/page/highlight-names';
import { HighlightRegistryPainter, supportsHighlights } from '../../src/page/highlight-registry-painter';
import { MarkPainter } from '../../src/page/mark-painter';
import { analyzeBlocks, type PlacedFinding } from '../../src/page/placed-findings';
import { extractPageText } from '../../src/page/text-blocks';
import { fakeAnalyze } from './helpers/fake-analyzer';
import { fakeHighlightWindow } from './helpers/fake-highlights';

const ARTICLE = `
  <h1>An  alleged <em>“inva</em>sion”</h1>
  <p>Kyodo <b>said</b> the “peace <a href="#">process</a>” was   over. Tanaka said “no”.</p>
  <p>Reportedly <span>nothing</span> changed; it reportedly <i>“stalled”</i>.<br>New line: alleged “plot”.</p>
  <pre>“skipped” said</pre>
`;

function setUp(html = ARTICLE) {
  const dom = new JSDOM(`<!doctype html><html><body>${html}</body></html>`);
  const { document } = dom.window;
  const page = extractPageText(document);
  let id = 0;
  const findings = analyzeBlocks(page.blocks, fakeAnalyze, () => true, () => ++id);
  return { dom, window: dom.window, document, findings };
}

/** Every Text node under the body, to check that restoring keeps the page's own node objects. */
function textNodes(document: Document): Text[] {
  const walker = document.createTreeWalker(document.body, 4);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

describe('MarkPainter (no CSS.highlights)', () => {
  it('wraps each finding in marks named for it, leaving the text as it was', () => {
    const { window, document, findings } = setUp();
    const text = document.body.textContent;
    new MarkPainter(window).show(findings);
    expect(document.body.textContent).toBe(text);
    const marked = (name: string) => [...document.querySelectorAll(`mark[data-quotelight="${name}"]`)];
    const scare = marked('quotelight-scare');
    // “invasion” crosses <em>: two marks, one finding id.
    expect(new Set(scare.map((mark) => mark.getAttribute('data-quotelight-id'))).size).toBe(5);
    expect(marked('quotelight-hedge').map((mark) => mark.textContent)).toEqual(['alleged', 'alleged']);
    expect(marked('quotelight-source').map((mark) => mark.textContent)).toEqual(['Kyodo', 'Tanaka']);
    expect(marked('quotelight-attribution-none')).toHaveLength(1);
    expect(document.querySelector('pre mark')).toBeNull();
  });

  it('restores the DOM exactly, keeping the page\'s own Text nodes', () => {
    const { window, document, findings } = setUp();
    const before = document.documentElement.outerHTML;
    const nodes = textNodes(document);
    const painter = new MarkPainter(window);
    painter.show(findings);
    expect(document.documentElement.outerHTML).not.toBe(before);
    painter.hideAll();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(textNodes(document)).toEqual(nodes);
  });

  it('hides some findings and restores exactly after', () => {
    const { window, document, findings } = setUp();
    const before = document.documentElement.outerHTML;
    const nodes = textNodes(document);
    const painter = new MarkPainter(window);
    painter.show(findings);
    const quotes = findings.filter((placed) => placed.finding.kind === 'quote');
    painter.hide(quotes);
    expect(document.querySelectorAll('mark[data-quotelight="quotelight-scare"]')).toHaveLength(0);
    expect(document.querySelectorAll('mark[data-quotelight="quotelight-hedge"]')).toHaveLength(2);
    painter.show(quotes);
    expect(document.querySelectorAll('mark[data-quotelight="quotelight-scare"]').length).toBeGreaterThan(0);
    painter.hideAll();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(textNodes(document)).toEqual(nodes);
  });

  it('gives a range over a shown finding and none once hidden', () => {
    const { window, findings } = setUp();
    const painter = new MarkPainter(window);
    const invasion = findings.find((placed) => placed.finding.text === '“invasion”')!;
    painter.show(findings);
    expect(painter.rangeOf(invasion)?.toString()).toBe('“invasion”');
    painter.hide([invasion]);
    expect(painter.rangeOf(invasion)).toBeNull();
  });

  it('nests marks for findings inside findings', () => {
    const { window, document, findings } = setUp('<p>“the alleged plot”</p>');
    new MarkPainter(window).show(findings);
    expect(document.querySelector('mark[data-quotelight="quotelight-scare"] mark[data-quotelight="quotelight-hedge"]')?.textContent).toBe('alleged');
  });
});

describe('HighlightRegistryPainter', () => {
  it('is used only where the API exists', () => {
    const { window } = setUp();
    expect(supportsHighlights(window as never)).toBe(false);
    expect(supportsHighlights(fakeHighlightWindow(window))).toBe(true);
  });

  it('registers all nine names, one range per finding and per credited source, and never changes the DOM', () => {
    const { window, document, findings } = setUp();
    const before = document.documentElement.outerHTML;
    const highlightWindow = fakeHighlightWindow(window);
    const painter = new HighlightRegistryPainter(highlightWindow);
    painter.show(findings);
    expect([...highlightWindow.highlights.keys()].sort()).toEqual([...HIGHLIGHT_NAMES].sort());
    const texts = (name: string) => [...highlightWindow.highlights.get(name)!].map((range) => (range as Range).toString());
    expect(texts('quotelight-scare')).toEqual(['“invasion”', '“peace process”', '“no”', '“stalled”', '“plot”']);
    expect(texts('quotelight-source')).toEqual(['Kyodo', 'Tanaka']);
    expect(texts('quotelight-attribution-named')).toEqual(['said', 'said']);
    expect(texts('quotelight-partial')).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('registers the names even with no findings, and unregisters only its own', () => {
    const { window } = setUp('<p>nothing here</p>');
    const highlightWindow = fakeHighlightWindow(window);
    const painter = new HighlightRegistryPainter(highlightWindow);
    painter.show([]);
    expect(highlightWindow.highlights.size).toBe(9);
    const pages = new highlightWindow.Highlight();
    highlightWindow.highlights.set('quotelight-hedge', pages as never);
    painter.hideAll();
    expect([...highlightWindow.highlights.keys()]).toEqual(['quotelight-hedge']);
  });

  it('hides single findings and their sources', () => {
    const { window, findings } = setUp();
    const highlightWindow = fakeHighlightWindow(window);
    const painter = new HighlightRegistryPainter(highlightWindow);
    painter.show(findings);
    const kyodo = findings.find((placed: PlacedFinding) => placed.source?.block.text.startsWith('Kyodo'))!;
    painter.hide([kyodo]);
    expect(highlightWindow.highlights.get('quotelight-source')!.size).toBe(1);
    expect(painter.rangeOf(kyodo)).toBeNull();
  });
});
