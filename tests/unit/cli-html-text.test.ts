import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { htmlToText } from '../../src/cli/html-text';

test('an HTML file is read as the extension reads it: blocks in order, a blank line between them', async () => {
  const text = await htmlToText(readFileSync('tests/fixtures/cli/page.html', 'utf8'), 'file:///page.html');
  expect(text).toContain('Talks\n\nHe said "we will win," according to Reuters.\n\nThe so-called "experts" disagreed.');
  expect(text).not.toContain('scripts must not run');
});
