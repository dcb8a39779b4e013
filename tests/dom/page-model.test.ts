import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { PageChangeObserver } from '../../src/page/observer';
import { MAX_RUN_CHARS } from '../../src/page/analysis-runs';
import { PageModel } from '../../src/page/page-model';
import { extractPageText } from '../../src/page/text-blocks';
import { fakeAnalyze, fakeAnalyzeWithContent } from './helpers/fake-analyzer';

function setUp(body: string) {
  const { document } = new JSDOM(`<!doctype html><body>${body}</body>`).window;
  const analyze = vi.fn(fakeAnalyze);
  const model = new PageModel(analyze);
  model.scanAll(document);
  analyze.mockClear();
  return { document, model, analyze };
}

const texts = (model: PageModel) => model.findings().map((placed) => placed.span.block.text.slice(placed.span.start, placed.span.end));

/** What a full scan of the page as it is now finds: every rescan must end up here too. */
function fullScanTexts(document: Document) {
  const model = new PageModel(fakeAnalyze);
  model.scanAll(document);
  return texts(model);
}

function rescan(model: PageModel, changed: Node[]) {
  return model.applyRescan(model.planRescan(changed));
}

describe('PageModel', () => {
  it('finds on a full scan what analysing the page text finds, in document order with ids from 1', () => {
    const { model, document } = setUp('<p>An “alleged” plot.</p><p>Kyodo said so.</p>');
    expect(texts(model)).toEqual(['“alleged”', 'alleged', 'said']);
    expect(model.findings().map((placed) => placed.id)).toEqual([1, 2, 3]);
    expect(fakeAnalyze(extractPageText(document).text)).toHaveLength(3);
    expect(model.findings()[2]!.source?.block.text.slice(0, 5)).toBe('Kyodo');
  });

  it('analyses again the run an appended block joins, keeping the findings found again as they were', () => {
    const { document, model, analyze } = setUp('<main id="feed"><p>One “a”.</p><p>Two “b”.</p></main>');
    const [a, b] = model.findings();
    const added = document.createElement('p');
    added.textContent = 'Three “c”.';
    document.getElementById('feed')!.append(added);
    // The observer hands over the new paragraph alone (see 'blocks added between blocks').
    const { shown, inPlace, dropped } = rescan(model, [added]);
    // A short page is one run: its text is analysed again as a whole, as a fresh scan analyses it.
    expect(analyze.mock.calls.map(([text]) => text)).toEqual(['One “a”.\n\nTwo “b”.\n\nThree “c”.']);
    // “b”'s sentence now runs to the blank line after it (fakeAnalyze's sentences end there): it is new.
    expect(shown.map((placed) => placed.finding.text)).toEqual(['“b”', '“c”']);
    expect(dropped).toEqual([b]);
    expect(inPlace.size).toBe(0);
    expect(model.findings()[0]).toBe(a);
    expect(texts(model)).toEqual(fullScanTexts(document));
  });

  it('reads an edited text node\'s block again and keeps the other blocks\' findings', () => {
    const { document, model, analyze } = setUp('<p>One “a”.</p><p id="p">Two <b>“b”</b>.</p><p>Three “c”.</p>');
    const bold = document.querySelector('b')!;
    bold.firstChild!.textContent = '“beta”';
    rescan(model, [bold.firstChild!]);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(texts(model)).toEqual(['“a”', '“beta”', '“c”']);
  });

  it('keeps ids and moves to the new nodes when a framework replaces text with the same text', () => {
    const { document, model, analyze } = setUp('<p id="p">Kyodo said “no”.</p>');
    const before = model.findings();
    const paragraph = document.getElementById('p')!;
    paragraph.replaceChildren(document.createTextNode('Kyodo said “no”.'));
    const { shown, inPlace } = rescan(model, [paragraph]);
    expect(analyze).not.toHaveBeenCalled();
    expect(inPlace.size).toBe(0);
    expect(shown.map((placed) => placed.id).sort()).toEqual(before.map((placed) => placed.id).sort());
    expect(model.findings().every((placed) => placed.span.block.runs[0]!.node === paragraph.firstChild)).toBe(true);
  });

  it('drops the findings of removed content', () => {
    const { document, model } = setUp('<article id="a"><p>Gone “x”.</p></article><p>Kept “y”.</p>');
    document.getElementById('a')!.remove();
    const plan = model.planRescan([document.body]);
    expect(plan.stale.map((placed) => placed.finding.text)).toContain('“x”');
    model.applyRescan(plan);
    expect(texts(model)).toEqual(['“y”']);
  });

  it('removes the blocks of an element that became hidden', () => {
    const { document, model } = setUp('<div id="d"><p>Hidden “x”.</p></div><p>Kept “y”.</p>');
    const div = document.getElementById('d')!;
    div.hidden = true;
    rescan(model, [div.parentNode!]);
    expect(texts(model)).toEqual(['“y”']);
  });

  it('places new content in an element that had no text yet', () => {
    const { document, model } = setUp('<p>First “a”.</p><section id="s"></section><p>Last “c”.</p>');
    const section = document.getElementById('s')!;
    section.innerHTML = '<p>Middle “b”.</p>';
    rescan(model, [section]);
    expect(texts(model)).toEqual(['“a”', '“b”', '“c”']);
  });

  it('reads a new open shadow root\'s text in place', () => {
    const { document, model } = setUp('<p>First “a”.</p><div id="host"></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Shadow “s”.</p>';
    rescan(model, [shadow.firstChild!]);
    expect(texts(model)).toEqual(['“a”', '“s”']);
  });

  it('credits the new source when the source\'s block changes', () => {
    const { document, model } = setUp('<p id="src">Kyodo</p><p>said it.</p>');
    const [said] = model.findings();
    expect(said!.source?.block.text).toBe('Kyodo');
    const source = document.getElementById('src')!;
    source.textContent = 'Tokyo';
    const plan = model.planRescan([source]);
    expect(plan.stale).toEqual([said]);
    const { shown } = model.applyRescan(plan);
    expect(shown).not.toContain(said);
    expect(model.findings().map((placed) => placed.source?.block.text)).toEqual(['Tokyo']);
  });

  it('follows a content piece to its block read again unchanged, and takes one whose block changed anew', () => {
    const { document } = new JSDOM('<!doctype html><body><p>Kyodo said:</p><p id="a">“One,</p><p id="b">two.”</p></body>').window;
    const model = new PageModel(fakeAnalyzeWithContent);
    model.scanAll(document);
    const [said] = model.findings();
    const content = () => said!.content.map((span) => span.block.text.slice(span.start, span.end));
    expect(content()).toEqual(['“One,', 'two.”']);
    const a = document.getElementById('a')!;
    a.firstChild!.replaceWith('“One,');
    const first = rescan(model, [a]);
    expect(first.shown).toContain(said);
    expect(said!.content[0]!.block.runs[0]!.node).toBe(a.firstChild);
    expect(content()).toEqual(['“One,', 'two.”']);
    const b = document.getElementById('b')!;
    b.textContent = 'three.”';
    rescan(model, [b]);
    const [again] = model.findings();
    expect(again).not.toBe(said);
    expect(again!.content.map((span) => span.block.text.slice(span.start, span.end))).toEqual(['“One,', 'three.”']);
  });

  describe('blocks added between blocks', () => {
    const paragraphs = (count: number, from = 0) =>
      Array.from({ length: count }, (_, k) => `<p>Paragraph ${from + k}, a “q${from + k}”.</p>`).join('\n');

    /** The nodes the observer hands over for these mutations. */
    async function observed(document: Document, mutate: () => void): Promise<Node[]> {
      const window = document.defaultView!;
      let changed: Node[] = [];
      const observer = new PageChangeObserver(window, (callback) => {
        void Promise.resolve().then(callback);
        return () => {};
      }, (nodes) => (changed = nodes));
      observer.observe(document);
      mutate();
      await new Promise((resolve) => setTimeout(resolve, 0));
      observer.disconnect();
      return changed;
    }

    it('reads only the paragraphs appended to a long article, and analyses only the last runs again', async () => {
      const { document, model, analyze } = setUp(`<article id="a">\n${paragraphs(2000)}\n</article>`);
      const before = model.findings();
      const article = document.getElementById('a')!;
      const changed = await observed(document, () => {
        for (let k = 0; k < 50; k++) article.insertAdjacentHTML('beforeend', `<p>New ${k}, a “n${k}”.</p>\n`);
      });
      expect(changed).toHaveLength(50);
      expect(changed.every((node) => (node as Element).localName === 'p')).toBe(true);
      const plan = model.planRescan(changed);
      expect(plan.regions.every((region) => region.from === 2000 && region.to === 2000)).toBe(true);
      expect(plan.stale).toEqual([]);
      const { shown } = model.applyRescan(plan);
      expect(shown.map((placed) => placed.finding.text)).toEqual(expect.arrayContaining(Array.from({ length: 50 }, (_, k) => `“n${k}”`)));
      // The page's last run, which the new paragraphs join, and the runs they make: not the article.
      const analysed = analyze.mock.calls.map(([text]) => text);
      expect(analysed.join('').length).toBeLessThan(2 * MAX_RUN_CHARS);
      expect(analysed[0]).not.toMatch(/“q1900”/);
      const kept = model.findings().slice(0, 1900);
      expect(kept.every((placed, i) => placed === before[i])).toBe(true);
      expect(texts(model)).toEqual(fullScanTexts(document));
    });

    it('places paragraphs inserted at the start, in the middle and out of order as a full scan does', async () => {
      const { document, model } = setUp(`<article id="a">${paragraphs(20)}</article><p>After “z”.</p>`);
      const article = document.getElementById('a')!;
      const make = (word: string) => {
        const p = document.createElement('p');
        p.textContent = `An “${word}”.`;
        return p;
      };
      const changed = await observed(document, () => {
        article.prepend(make('first'));
        const middle = article.children[10]!;
        // Inserted last-first, so the records come in reverse document order.
        const late = make('m2');
        middle.before(late);
        late.before(make('m1'));
        article.append(make('last'));
      });
      expect(changed.every((node) => (node as Element).localName === 'p')).toBe(true);
      rescan(model, changed);
      expect(texts(model)).toEqual(fullScanTexts(document));
      expect(texts(model)).toContain('“m1”');
    });

    it('reads the parent again when a block splits its inline text', async () => {
      const { document, model } = setUp('<div id="d">Before “x” and after “y”.</div>');
      const div = document.getElementById('d')!;
      const changed = await observed(document, () => {
        const p = document.createElement('p');
        p.textContent = 'A “split”.';
        div.insertBefore(p, (div.firstChild as Text).splitText(10));
      });
      expect(changed.includes(div)).toBe(true);
      rescan(model, changed);
      expect(texts(model)).toEqual(fullScanTexts(document));
      expect(model.findings().map((placed) => placed.span.block.text)).toContain('and after “y”.');
    });
  });

  describe('regions read again', () => {
    function shadowPage() {
      const { document } = new JSDOM('<!doctype html><body><section id="s"><p id="p">A “x”.</p><div id="host"></div></section><p id="after">After “z”.</p></body>').window;
      const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<p id="inner">Inside “y”.</p>';
      const model = new PageModel(fakeAnalyze);
      model.scanAll(document);
      return { document, shadow, model };
    }

    it('reads a change inside another changed block with it, once, across a shadow root', () => {
      const { document, shadow, model } = shadowPage();
      const section = document.getElementById('s')!;
      const changed = [document.getElementById('p')!.firstChild!, shadow.getElementById('inner')!.firstChild!, section, section];
      expect(model.planRescan(changed).regions.map((region) => region.root)).toEqual([section]);
    });

    it('keeps changes in blocks apart as regions of their own, in the order they came', () => {
      const { document, shadow, model } = shadowPage();
      const changed = [document.getElementById('after')!.firstChild!, shadow.getElementById('inner')!.firstChild!];
      expect(model.planRescan(changed).regions.map((region) => (region.root as Element).id)).toEqual(['after', 'inner']);
    });
  });
});
