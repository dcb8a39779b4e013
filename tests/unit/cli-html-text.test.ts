import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { htmlToText } from '../../src/cli/html-text';

test('an HTML file is read as the extension reads it: blocks in order, a blank line between them', async () => {
  const text = await htmlToText(readFileSync('tests/fixtures/cli/page.html', 'utf8'), 'file:///page.html');
  expect(text).toContain('Talks\n\nHe said "we will win," according to Reuters.\n\nThe so-called "experts" disagreed.');
  expect(text).not.toContain('scripts must not run');
});

test('articleOnly reads only the main article, as the extension\'s "article text only"; without it, all', async () => {
  const html = readFileSync('tests/fixtures/cli/article-with-comments.html', 'utf8');
  const article = await htmlToText(html, 'file:///a.html', { articleOnly: true });
  const whole = await htmlToText(html, 'file:///a.html');
  expect(article.startsWith('Budget talks stall\n\nThe finance minister said')).toBe(true);
  expect(article).not.toContain('A reader wrote');
  expect(article).not.toContain('World');
  expect(whole).toContain('Home World');
  expect(whole.endsWith('A reader wrote that the so-called "reform" was allegedly drafted by lobbyists.')).toBe(true);
});
