// @vitest-environment jsdom
/**
 * When "article text only" asks again which element is the article (issue 14, BUG F of
 * tests/dom/live-equals-fresh.test.ts): when an `<article>` comes or goes, not at every change.
 */
import { describe, expect, it } from 'vitest';
import { ArticleChoice } from '../../src/page/article-choice';

/** About 330 characters of paragraph text, numbered so that every post differs. */
const post = (n: number) => `<article class="post"><p>Update ${n}: the opposition called the plan a “reform” in name only, and officials said the vote `
  + `would go ahead on Tuesday. Members on both sides spoke for more than an hour about spending on schools, hospitals and roads.</p></article>`;
const card = `<article class="card"><h3><a href="#">Story</a></h3><p>Councils weigh the “road map”.</p></article>`;

function setUp(body: string) {
  const document = new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
  const choice = new ArticleChoice(document);
  return { document, choice, chosen: choice.choose() };
}

describe('ArticleChoice', () => {
  it('chooses again when posts join a live blog that opened with one, and the feed is chosen now', () => {
    const { document, choice, chosen } = setUp(`<main><div id="feed">${post(1)}</div></main>`);
    expect(chosen?.className).toBe('post');
    const feed = document.getElementById('feed')!;
    feed.insertAdjacentHTML('afterbegin', post(2) + post(3));
    expect(choice.changedBy([feed.firstElementChild!, feed.children[1]!], chosen)).toBe(true);
    expect(choice.choose()).not.toBe(chosen);
  });

  it('chooses again when posts leave a live blog, which the changes name only by their parent', () => {
    const { document, choice, chosen } = setUp(`<main><div id="feed">${post(1)}${post(2)}${post(3)}</div></main>`);
    expect(chosen?.id).toBe('feed');
    const feed = document.getElementById('feed')!;
    feed.lastElementChild!.remove();
    feed.lastElementChild!.remove();
    expect(choice.changedBy([feed], chosen)).toBe(true);
    expect(choice.choose()?.className).toBe('post');
  });

  it('keeps the article when text changes inside it or beside it', () => {
    const { document, choice, chosen } = setUp(`<main>${post(1)}<aside id="side"><p>More</p></aside></main>`);
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Later, an “update”.';
    chosen!.append(paragraph);
    document.getElementById('side')!.append('…');
    expect(choice.changedBy([paragraph, document.getElementById('side')!], chosen)).toBe(false);
  });

  it('keeps the article when a teaser card comes that does not change the choice', () => {
    const { document, choice, chosen } = setUp(`<main>${post(1)}${post(2).replace(/Update 2[^<]*/, 'Update 2.')}<div id="cards"></div></main>`);
    const cards = document.getElementById('cards')!;
    cards.insertAdjacentHTML('beforeend', card);
    expect(choice.changedBy([cards.firstElementChild!], chosen)).toBe(false);
  });

  it('chooses again when the chosen article leaves the page (single-page navigation)', () => {
    const { document, choice, chosen } = setUp(`<main id="m">${post(1)}</main>`);
    chosen!.replaceWith(document.createRange().createContextualFragment(post(2)));
    expect(choice.changedBy([document.getElementById('m')!], chosen)).toBe(true);
  });
});
