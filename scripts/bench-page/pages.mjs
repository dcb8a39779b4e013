// The pages bench:page loads: every saved page of tests/fixtures/saved-pages and a generated 5 MB article,
// served from memory on 127.0.0.1.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

export const GENERATED = '/generated-5mb.html';

export const SENTENCES = [
  'The minister said the so-called “reform” would be delayed, according to officials.',
  '“We will not accept these terms,” the spokesman told reporters on Tuesday.',
  'Critics reportedly dismissed the “experts” as partisan, sources said.',
  'The report, which the agency published last week, found no evidence of fraud.',
  'An alleged “invasion” was cited by the government as the reason for the measures.',
];

export function generatedArticle(bytes) {
  const paragraphs = [];
  let size = 0;
  for (let k = 0; size < bytes; k += 1) {
    const paragraph = `<p>${SENTENCES[k % SENTENCES.length]} ${SENTENCES[(k + 2) % SENTENCES.length]} Paragraph ${k}.</p>\n`;
    paragraphs.push(paragraph);
    size += paragraph.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated article</title></head><body><article><h1>Generated article</h1>\n${paragraphs.join('')}</article></body></html>`;
}

/** path → HTML, in order: the saved pages by name, then the generated article; `only` filters by name. */
export function benchPages(dir, only) {
  const files = new Map();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.html')).sort()) files.set(`/${name}`, readFileSync(join(dir, name), 'utf8'));
  files.set(GENERATED, generatedArticle(5_000_000));
  if (only) for (const path of files.keys()) if (!only.includes(path.slice(1, -'.html'.length))) files.delete(path);
  return files;
}

export function serve(files) {
  const server = createServer((request, response) => {
    const body = files.get(new URL(request.url, 'http://x').pathname);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

export const median = (values) => {
  // NaN is no figure; Infinity (a run that never finished) is one.
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};
