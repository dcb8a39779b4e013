import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, extractPageText, rangeFor, type PageText } from '../../src/page/text-blocks';

function parse(body: string): Document {
  return new JSDOM(`<!doctype html><html><head><title>Title</title></head><body>${body}</body></html>`).window.document;
}

function blockTexts(body: string): string[] {
  return extractPageText(parse(body)).blocks.map((block) => block.text);
}

/** The DOM text between the range's boundary points, as a Range would give it. */
function domText(document: Document, page: PageText, start: number, end: number): string | null {
  const range = rangeFor(page, start, end);
  if (!range) return null;
  const domRange = document.createRange();
  domRange.setStart(range.startNode, range.startOffset);
  domRange.setEnd(range.endNode, range.endOffset);
  return domRange.toString();
}

/** Every run maps its block characters onto the same characters of its node (a collapsed space may come from any white space). */
function expectExactMap(page: PageText): void {
  for (const block of page.blocks) {
    expect(page.text.slice(block.start, block.start + block.text.length)).toBe(block.text);
    let covered = 0;
    for (const run of block.runs) {
      expect(run.blockOffset).toBeGreaterThanOrEqual(covered);
      // Characters between runs are line breaks from <br>.
      expect(block.text.slice(covered, run.blockOffset)).toMatch(/^\n*$/);
      const source = run.node.data.slice(run.nodeOffset, run.nodeOffset + run.length).replace(/[\t\n\r\f]/g, ' ');
      expect(source).toBe(block.text.slice(run.blockOffset, run.blockOffset + run.length));
      covered = run.blockOffset + run.length;
    }
    expect(covered).toBe(block.text.length);
  }
}

describe('blocks', () => {
  it.each([
    ['inline elements join into one block', '<p>an alleged <em>“inva</em><a href="#">sion”</a> <span>began</span></p>', ['an alleged “invasion” began']],
    ['block elements cut blocks', '<div>intro<p>para one</p>tail<h2>Head</h2></div><ul><li>one</li><li>two</li></ul>', ['intro', 'para one', 'tail', 'Head', 'one', 'two']],
    ['table cells are blocks', '<table><tr><td>a</td><td>b</td></tr></table>', ['a', 'b']],
    ['<br> is a line break inside its block', '<p>first line <br>  second<br><br>third</p>', ['first line\nsecond\n\nthird']],
    ['<br> at the block edges is dropped', '<p><br> text <br></p><p><br></p>', ['text']],
    ['white space collapses as rendered', '<p>  a \n\t b  <b> c </b> d\n</p>', ['a b c d']],
    ['white space collapses across elements', '<p>a <i> </i> <b> b</b></p>', ['a b']],
    ['no-break spaces are kept', '<p>a\u00a0\u00a0b</p>', ['a\u00a0\u00a0b']],
    ['blocks of only white space are dropped', '<p> \n </p><p>\u00a0</p><div><span>  </span></div><p>kept</p>', ['kept']],
    ['a skipped block element still separates text', '<div>before<pre>code</pre>after</div>', ['before', 'after']],
    ['a skipped inline element does not', '<p>call <code>f()</code> now</p>', ['call now']],
  ])('%s', (_name, body, expected) => {
    expect(blockTexts(body)).toEqual(expected);
  });

  it('joins blocks with a blank line and records where each starts', () => {
    const page = extractPageText(parse('<p>One.</p><p>Two <em>words</em>.</p>'));
    expect(page.text).toBe(`One.${BLOCK_SEPARATOR}Two words.`);
    expect(page.blocks.map((block) => block.start)).toEqual([0, 6]);
    expectExactMap(page);
  });

  it('records the block element each block belongs to', () => {
    const document = parse('<div id="d">intro<p id="p">para</p>tail</div>');
    const containers = extractPageText(document).blocks.map((block) => (block.container as Element).id);
    expect(containers).toEqual(['d', 'p', 'd']);
  });

  it('does not read the head', () => {
    expect(extractPageText(parse('<p>body text</p>')).text).toBe('body text');
  });
});

describe('exclusions', () => {
  it.each([
    'script', 'style', 'noscript', 'textarea', 'select', 'code', 'pre', 'kbd', 'samp',
    'svg', 'math', 'iframe', 'object', 'canvas',
  ])('skips <%s>', (tag) => {
    const document = parse('<p>kept</p>');
    const skipped = document.createElement(tag);
    skipped.append(document.createTextNode('SKIPPED'));
    document.querySelector('p')!.append(skipped);
    expect(extractPageText(document).text).toBe('kept');
  });

  it.each([
    ['template', '<template><p>SKIPPED</p></template>'],
    ['input and option', '<input value="SKIPPED"><select><option>SKIPPED</option></select>'],
    ['hidden', '<p hidden>SKIPPED</p>'],
    ['aria-hidden="true"', '<div aria-hidden="true"><p>SKIPPED</p></div>'],
    ['aria-hidden=" TRUE "', '<div aria-hidden=" TRUE ">SKIPPED</div>'],
    ['inline display:none', '<div style="color: red; display : none !important">SKIPPED</div>'],
    ['contenteditable', '<div contenteditable>SKIPPED</div><div contenteditable="plaintext-only">SKIPPED</div>'],
    ['our own UI', '<div data-quotelight-ui><p>SKIPPED</p></div>'],
    ['anything under a skipped ancestor', '<pre><div><p><span><b>SKIPPED</b></span></p></div></pre>'],
  ])('skips %s', (_name, html) => {
    expect(extractPageText(parse(`<p>kept</p>${html}`)).text).toBe('kept');
  });

  it.each([
    ['contenteditable="false"', '<div contenteditable="false">read</div>'],
    ['aria-hidden="false"', '<div aria-hidden="false">read</div>'],
    ['display other than none', '<div style="display: block">read</div>'],
  ])('reads %s', (_name, html) => {
    expect(extractPageText(parse(html)).text).toBe('read');
  });

  it('reads nothing from a root inside a skipped ancestor', () => {
    const document = parse('<div hidden><section><p id="inner">SKIPPED</p></section></div>');
    expect(extractPageText(document.getElementById('inner')!).blocks).toEqual([]);
  });

  it('reads an element root on its own', () => {
    const document = parse('<p>other</p><article id="a"><p>one</p><p>two</p></article>');
    expect(extractPageText(document.getElementById('a')!).text).toBe('one\n\ntwo');
  });
});

describe('shadow DOM', () => {
  it('reads open shadow roots in rendered order, slots standing for their assigned nodes', () => {
    const document = parse('<p id="host"><span slot="name">Kyodo</span> unslotted</p>');
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append('according to ', document.createElement('slot'));
    shadow.querySelector('slot')!.setAttribute('name', 'name');
    shadow.append(', officials said');
    const page = extractPageText(document);
    expect(page.text).toBe('according to Kyodo, officials said');
    expectExactMap(page);
  });

  it('reads a shadow root passed as the root', () => {
    const document = parse('<div id="host"></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const paragraph = document.createElement('p');
    paragraph.textContent = 'inside';
    shadow.append(paragraph);
    expect(extractPageText(shadow).text).toBe('inside');
  });
});

describe('rangeFor', () => {
  const body = '<p>He called it  an <em>“inva</em><a>sion”</a>.</p><p>Sources\n said <br> so.</p>';

  it('maps every substring of every block back to the same DOM text', () => {
    const document = parse(body);
    const page = extractPageText(document);
    expectExactMap(page);
    for (const block of page.blocks) {
      for (let a = 0; a < block.text.length; a++) {
        for (let b = a + 1; b <= block.text.length; b++) {
          const expected = block.text.slice(a, b);
          const fromDom = domText(document, page, block.start + a, block.start + b);
          if (expected.trim() === '') continue;
          // Collapse the DOM's white space as the page text did; <br> edges are left out.
          expect(fromDom?.replace(/[ \t\n\r\f]+/g, ' ')).toBe(expected.replace(/^\n+|\n+$/g, '').replace(/ ?\n+ ?/g, ' '));
        }
      }
    }
  });

  it('maps a finding across inline elements', () => {
    const document = parse(body);
    const page = extractPageText(document);
    const start = page.text.indexOf('“');
    const end = page.text.indexOf('”') + 1;
    const range = rangeFor(page, start, end)!;
    expect(range.startNode.parentElement!.localName).toBe('em');
    expect(range.endNode.parentElement!.localName).toBe('a');
    expect(domText(document, page, start, end)).toBe('“invasion”');
  });

  it('clips a range crossing a block boundary to the block it starts in', () => {
    const document = parse(body);
    const page = extractPageText(document);
    const start = page.text.indexOf('sion”');
    expect(domText(document, page, start, page.text.indexOf('said'))).toBe('sion”.');
  });

  it('starts in the next block when the start is in a separator', () => {
    const document = parse(body);
    const page = extractPageText(document);
    const second = page.blocks[1]!.start;
    expect(domText(document, page, second - 1, second + 7)).toBe('Sources');
  });

  it('leaves line breaks out at the edges and gives null for nothing readable', () => {
    const document = parse('<p>one<br><br>two</p>');
    const page = extractPageText(document);
    expect(page.text).toBe('one\n\ntwo');
    expect(domText(document, page, 2, 6)).toBe('et');
    expect(rangeFor(page, 3, 5)).toBeNull();
    expect(rangeFor(page, 100, 120)).toBeNull();
    expect(rangeFor(page, 4, 4)).toBeNull();
  });
});

describe('hostile pages', () => {
  it('reads 20,000 levels of nesting without recursion', () => {
    const document = parse('');
    // Built and read detached: jsdom itself recurses (and overflows) when attaching or parsing a chain this deep.
    const innermost = document.createElement('span');
    innermost.append('deep “text”');
    let outer: Element = innermost;
    for (let depth = 0; depth < 20_000; depth++) {
      const wrapper = document.createElement(depth % 2 ? 'div' : 'span');
      wrapper.append(outer);
      outer = wrapper;
    }
    const page = extractPageText(outer);
    expect(page.text).toBe('deep “text”');
    // The innermost wrappers are span then div: the text belongs to that div.
    expect(page.blocks[0]!.container === innermost.parentElement!.parentElement).toBe(true);
    expect(extractPageText(innermost).text).toBe('deep “text”');
    expect(domText(document, page, 5, 11)).toBe('“text”');
  });

  it('reads 100,000 text nodes', () => {
    const document = parse('<p id="p"></p>');
    const paragraph = document.getElementById('p')!;
    for (let i = 0; i < 100_000; i++) paragraph.append(document.createTextNode(i % 2 ? 'word ' : 'x'));
    const page = extractPageText(document);
    expect(page.text).toBe('xword '.repeat(50_000).trimEnd());
    expect(page.blocks[0]!.runs).toHaveLength(100_000);
    expect(domText(document, page, page.text.length - 5, page.text.length)).toBe('xword');
  });
});
