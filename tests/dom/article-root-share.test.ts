// @vitest-environment jsdom
/**
 * "Article text only" on pages of several `<article>`s (issue 14, point 1): a live blog (each post
 * its own article), a section page of briefs, an article beside teaser cards, and articles nested
 * in articles. The article is decided by each candidate's share of the articles' text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPageText, findArticleRoot } from '../../src/page/text-blocks';

const PAGES = join(import.meta.dirname, '../fixtures/pages/article-root');

/** About 330 characters of paragraph text, numbered so that every copy differs. */
const post = (n: number) => `<p>Update ${n}: the opposition called the plan a “reform” in name only, and officials said the vote would go ahead on Tuesday. `
  + `Members on both sides spoke for more than an hour about spending on schools, hospitals and roads in the north, before the session was suspended.</p>`;
/** A teaser card: a headline and a short standfirst. */
const card = (n: number) => `<article class="card"><h3><a href="#">Story ${n}</a></h3><p>Councils weigh the “road map” for the north, officials said.</p></article>`;
const LONG = 'The minister defended the plan at length before the committee on Tuesday afternoon. '.repeat(4);

function doc(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

const times = (count: number, make: (n: number) => string) => Array.from({ length: count }, (_, k) => make(k + 1)).join('\n');

describe('findArticleRoot on pages of several articles', () => {
  it.each(['live-blog', 'nested-live-blog', 'listing', 'related-cards'])('%s.html: reads #expected-root', (name) => {
    const d = doc('');
    d.documentElement.innerHTML = readFileSync(join(PAGES, `${name}.html`), 'utf8').replace(/^<!doctype html>/i, '');
    expect(findArticleRoot(d)?.id).toBe('expected-root');
  });

  it('a live blog, each post its own <article> side by side: the feed holding them, so every post is read', () => {
    const d = doc(`<header><nav><p>Home · Politics</p></nav></header><main><h1>Live</h1>
      <div id="feed">${times(12, (n) => `<article id="post-${n}"><h2>${n}:05</h2>${post(n)}</article>`)}</div>
      <aside>${times(3, card)}</aside></main><footer><p>© News</p></footer>`);
    const root = findArticleRoot(d);
    expect(root?.id).toBe('feed');
    const text = extractPageText(d, { within: root }).text;
    for (let n = 1; n <= 12; n++) expect(text).toContain(`Update ${n}:`);
    expect(text).not.toContain('Councils weigh');
  });

  it('a live blog whose posts sit in list items: the list', () => {
    const d = doc(`<main><h1>Live</h1><ol id="posts">${times(8, (n) => `<li><article>${post(n)}</article></li>`)}</ol></main>`);
    expect(findArticleRoot(d)?.id).toBe('posts');
  });

  it('a section page of briefs in two sections of <main>: <main>, which holds them all', () => {
    const section = (from: number) => times(15, (n) => `<article class="brief"><h2><a href="#">Brief</a></h2>${post(from + n)}</article>`);
    const d = doc(`<header><p>Menu</p></header><main id="m"><h1>World</h1><section>${section(0)}</section><section>${section(15)}</section></main>`);
    expect(findArticleRoot(d)?.id).toBe('m');
    expect(extractPageText(d, { within: findArticleRoot(d) }).text.match(/Update \d+:/g)).toHaveLength(30);
  });

  it('a section page whose briefs sit beside a short sidebar of cards: the briefs\' section, not the sidebar too', () => {
    const d = doc(`<div id="page"><section id="briefs">${times(20, (n) => `<article>${post(n)}</article>`)}</section>
      <aside>${times(4, card)}</aside></div>`);
    expect(findArticleRoot(d)?.id).toBe('briefs');
  });

  it('an article with related-story cards: the article alone, while the cards hold less text than it', () => {
    const story = `<article id="story"><h1>Talks stall</h1><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></article>`;
    // Each card holds 58 characters, the story 1,020: 16 cards hold 91% as much.
    for (const cards of [3, 8, 16]) {
      const d = doc(`<main>${story}<section class="related">${times(cards, card)}</section></main>`);
      expect(findArticleRoot(d)?.id, `${cards} cards`).toBe('story');
      expect(extractPageText(d, { within: findArticleRoot(d) }).text).not.toContain('Councils weigh');
    }
  });

  it('an article with cards holding more text than it: all of them, so the article is never lost', () => {
    const d = doc(`<main id="m"><article id="story"><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></article><section>${times(24, card)}</section></main>`);
    expect(findArticleRoot(d)?.id).toBe('m');
  });

  it('an article and teaser cards side by side in one container: still the article', () => {
    const d = doc(`<div class="column"><article id="story"><p>${LONG}</p><p>${LONG}</p></article>${times(10, card)}</div>`);
    expect(findArticleRoot(d)?.id).toBe('story');
  });

  it('nested: a live blog whose posts are <article>s inside the blog\'s own <article> reads the whole blog', () => {
    const d = doc(`<main><article id="blog"><h1>Live</h1><p>Summary of the day so far.</p>
      <section>${times(10, (n) => `<article>${post(n)}</article>`)}</section></article><aside>${times(4, card)}</aside></main>`);
    const root = findArticleRoot(d);
    expect(root?.id).toBe('blog');
    expect(extractPageText(d, { within: root }).text.match(/Update \d+:/g)).toHaveLength(10);
  });

  it('nested: a story holding related cards as nested <article>s, beside many empty teaser <article>s, is the story', () => {
    const d = doc(`<div>${times(20, (n) => `<article class="summary"><h2><a href="#">Teaser ${n}</a></h2></article>`)}</div>
      <main><article id="story"><p>${LONG}</p><p>${LONG}</p><ul>${times(3, (n) => `<li>${card(n)}</li>`)}</ul></article></main>`);
    expect(findArticleRoot(d)?.id).toBe('story');
  });

  it('nested: comments as <article>s inside the post are not counted apart from it', () => {
    // Counted twice (once in the post, once each), the comments would leave the post short of most of the text.
    const d = doc(`<main><article id="post"><p>${LONG}</p><section>${times(6, (n) => `<article class="comment"><p>Comment ${n}: ${LONG}</p></article>`)}</section></article>
      <article class="card"><p>Another story, in brief.</p></article></main>`);
    expect(findArticleRoot(d)?.id).toBe('post');
  });

  it('teaser cards beside a story not marked up as an article: the story\'s paragraphs, not the cards', () => {
    const d = doc(`<div id="story"><h1>Talks</h1><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div><aside id="cards">${times(8, card)}</aside>`);
    expect(findArticleRoot(d)?.id).toBe('story');
  });

  it('hidden posts do not count, and a page of articles too short in all still falls back to <main>', () => {
    const hidden = doc(`<main id="m"><article id="shown"><p>${LONG}</p></article>${times(5, (n) => `<article hidden>${post(n)}</article>`)}</main>`);
    expect(findArticleRoot(hidden)?.id).toBe('shown');
    const short = doc(`<main id="m">${times(3, (n) => `<article><p>Brief ${n}.</p></article>`)}<p>${LONG}</p></main>`);
    expect(findArticleRoot(short)?.id).toBe('m');
  });

  it('a wire page of 13,000 briefs: their container, found in bounded time', () => {
    const brief = '<article class="brief"><h2><a href="#">Wire</a></h2><p>Officials said the “reform” would pass, according to Reuters, though critics called it a so-called compromise at best.</p></article>';
    const d = doc(`<header><p>Menu</p></header><main><div id="wire">${brief.repeat(13_000)}</div></main>`);
    const started = performance.now();
    const root = findArticleRoot(d);
    const ms = performance.now() - started;
    expect(root?.id).toBe('wire');
    // Quadratic work over 13,000 articles would take minutes in jsdom; this takes about half a second.
    expect(ms).toBeLessThan(5_000);
  });
});
