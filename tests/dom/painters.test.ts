import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../src/page/highlight-names';
import { HighlightRegistryPainter, supportsHighlights } from '../../src/page/highlight-registry-painter';
import { MarkPainter } from '../../src/page/mark-painter';
import { analyzeBlocks, type PlacedFinding } from '../../src/page/placed-findings';
import { extractPageText } from '../../src/page/text-blocks';
import { fakeAnalyze, fakeAnalyzeWithContent } from './helpers/fake-analyzer';
import { fakeHighlightWindow } from './helpers/fake-highlights';

const ARTICLE = `
  <h1>An  alleged <em>“inva</em>sion”</h1>
  <p>Kyodo <b>said</b> the “peace <a href="#">process</a>” was   over. Tanaka said “no”.</p>
  <p>Reportedly <span>nothing</span> changed; it reportedly <i>“stalled”</i>.<br>New line: alleged “plot”.</p>
  <pre>“skipped” said</pre>
`;

function setUp(html = ARTICLE, analyze = fakeAnalyze) {
  const dom = new JSDOM(`<!doctype html><html><body>${html}</body></html>`);
  const { document } = dom.window;
  const page = extractPageText(document);
  let id = 0;
  const findings = analyzeBlocks(page.blocks, analyze, () => true, () => ++id);
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

describe('the content of the attribution under the tooltip', () => {
  const QUOTATION = `${ARTICLE}<p>Ito said:</p><p>“We will go on,</p><p>whatever <em>happens</em>.”</p><p>Later “x”.</p>`;
  const withContent = (html = ARTICLE) => setUp(html, fakeAnalyzeWithContent);
  const cue = (findings: readonly PlacedFinding[], source: string) =>
    findings.find((placed) => placed.source && placed.source.block.text.slice(placed.source.start, placed.source.end) === source)!;
  const contentOf = (placed: PlacedFinding) => placed.content.map((span) => span.block.text.slice(span.start, span.end));

  it('is pinned to the page like a source: a piece per block it covers, none where there is none', () => {
    const { findings } = withContent(QUOTATION);
    expect(contentOf(cue(findings, 'Kyodo'))).toEqual(['the “peace process” was over']);
    expect(contentOf(cue(findings, 'Ito'))).toEqual(['“We will go on,', 'whatever happens.”']);
    expect(findings.filter((placed) => placed.finding.kind !== 'attribution').every((placed) => placed.content.length === 0)).toBe(true);
  });

  it('Highlight API: is registered under its own name while lit, under the other highlights, and only then', () => {
    const { window, document, findings } = withContent(QUOTATION);
    const before = document.documentElement.outerHTML;
    const highlightWindow = fakeHighlightWindow(window);
    const painter = new HighlightRegistryPainter(highlightWindow);
    painter.show(findings);
    expect(highlightWindow.highlights.has('quotelight-content')).toBe(false);
    const lit = () => [...highlightWindow.highlights.get('quotelight-content') ?? []].map((range) => (range as Range).toString());
    painter.showContent(cue(findings, 'Ito'));
    expect(lit()).toEqual(['“We will go on,', 'whatever happens.”']);
    expect(highlightWindow.highlights.get('quotelight-content')!.priority).toBeLessThan(0);
    painter.showContent(cue(findings, 'Kyodo'));
    expect(lit()).toEqual(['the “peace process” was   over']);
    painter.showContent(null);
    expect(highlightWindow.highlights.has('quotelight-content')).toBe(false);
    // Hiding the finding puts its content out; a finding that is not shown lights nothing.
    painter.showContent(cue(findings, 'Kyodo'));
    painter.hide([cue(findings, 'Kyodo')]);
    expect(highlightWindow.highlights.has('quotelight-content')).toBe(false);
    painter.showContent(cue(findings, 'Kyodo'));
    expect(highlightWindow.highlights.has('quotelight-content')).toBe(false);
    painter.showContent(cue(findings, 'Ito'));
    painter.hideAll();
    expect(highlightWindow.highlights.size).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('Highlight API: never removes a content highlight someone else registered since', () => {
    const { window, findings } = withContent();
    const highlightWindow = fakeHighlightWindow(window);
    const painter = new HighlightRegistryPainter(highlightWindow);
    painter.show(findings);
    painter.showContent(cue(findings, 'Kyodo'));
    const theirs = new highlightWindow.Highlight();
    highlightWindow.highlights.set('quotelight-content', theirs as never);
    painter.showContent(null);
    expect(highlightWindow.highlights.get('quotelight-content')).toBe(theirs);
  });

  it('marks: wraps the content in marks of its own while lit, keeps the other marks, and restores the DOM exactly', () => {
    const { window, document, findings } = withContent(QUOTATION);
    const before = document.documentElement.outerHTML;
    const nodes = textNodes(document);
    const painter = new MarkPainter(window);
    painter.show(findings);
    const shown = document.body.innerHTML;
    const contentMarks = () => [...document.querySelectorAll('mark[data-quotelight="quotelight-content"]')].map((mark) => mark.textContent).join('');
    const otherMarks = () => document.querySelectorAll('mark:not([data-quotelight="quotelight-content"])').length;
    const others = otherMarks();
    painter.showContent(cue(findings, 'Kyodo'));
    // Marks wrap the characters read; spaces the browser collapses are left out.
    expect(contentMarks()).toBe('the “peace process” was over');
    expect(otherMarks()).toBeGreaterThanOrEqual(others);
    expect(document.querySelector('mark[data-quotelight="quotelight-scare"] mark[data-quotelight="quotelight-content"]')).not.toBeNull();
    expect(painter.rangeOf(cue(findings, 'Kyodo'))?.toString()).toBe('said');
    painter.showContent(cue(findings, 'Ito'));
    expect(contentMarks()).toBe('“We will go on,whatever happens.”');
    painter.showContent(null);
    expect(contentMarks()).toBe('');
    expect(document.body.innerHTML).toBe(shown);
    painter.showContent(cue(findings, 'Ito'));
    painter.hideAll();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(textNodes(document)).toEqual(nodes);
  });

  it('marks: keeps the content lit when other findings of its blocks are hidden and shown again', () => {
    const { window, document, findings } = withContent();
    const painter = new MarkPainter(window);
    painter.show(findings);
    painter.showContent(cue(findings, 'Kyodo'));
    const quotes = findings.filter((placed) => placed.finding.kind === 'quote');
    painter.hide(quotes);
    painter.show(quotes);
    expect([...document.querySelectorAll('mark[data-quotelight="quotelight-content"]')].map((mark) => mark.textContent).join('')).toBe('the “peace process” was over');
    painter.hide([cue(findings, 'Kyodo')]);
    expect(document.querySelector('mark[data-quotelight="quotelight-content"]')).toBeNull();
  });
});
