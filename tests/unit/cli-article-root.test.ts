/**
 * The CLI reads the same article as the extension on pages of several `<article>`s (issue 14,
 * point 1): the live blog's feed, the listing's `<main>`, the story beside its cards, the blog
 * whose posts are nested in its own article. Each fixture marks the element to read `#expected-root`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { htmlToText } from '../../src/cli/html-text';
import { extractPageText, findArticleRoot } from '../../src/page/text-blocks';

const PAGES = join(import.meta.dirname, '../fixtures/pages/article-root');

test.each(['live-blog', 'nested-live-blog', 'listing', 'related-cards'])('%s.html: quotelight scan reads #expected-root, as the extension does', async (name) => {
  const html = readFileSync(join(PAGES, `${name}.html`), 'utf8');
  const { document } = new JSDOM(html).window;
  const expected = document.getElementById('expected-root');
  expect(findArticleRoot(document)).toBe(expected);
  const read = await htmlToText(html, `file:///${name}.html`, { articleOnly: true });
  expect(read).toBe(extractPageText(document, { within: expected }).text);
});

test('a live blog is read post by post, every post; the related cards beside it are not', async () => {
  const html = readFileSync(join(PAGES, 'live-blog.html'), 'utf8');
  const read = await htmlToText(html, 'file:///live-blog.html', { articleOnly: true });
  expect(read.match(/^Update \d+$/gm)).toHaveLength(14);
  expect(read).not.toContain('Story 1:');
  expect(await htmlToText(html, 'file:///live-blog.html')).toContain('Story 1:');
});

test('a section page is read brief by brief, all 36', async () => {
  const read = await htmlToText(readFileSync(join(PAGES, 'listing.html'), 'utf8'), 'file:///listing.html', { articleOnly: true });
  expect(read.match(/^Brief \d+$/gm)).toHaveLength(36);
});

test('a story beside related cards is read without the cards', async () => {
  const read = await htmlToText(readFileSync(join(PAGES, 'related-cards.html'), 'utf8'), 'file:///related-cards.html', { articleOnly: true });
  expect(read.startsWith('Budget talks stall as both sides trade blame\n\n')).toBe(true);
  expect(read).not.toContain('Related stories');
});
