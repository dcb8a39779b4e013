/**
 * `node scripts/eval/label-lang.mjs tests/fixtures/lang/<id>.marked`: writes <id>.txt and <id>.json (the
 * labels, in the shape of corpus/seed/*.json) beside the marked-up text, which is how the
 * labelled texts of tests/fixtures/lang are written and corrected. Markup, per ANNOTATION.md:
 *   ⟦q.CLASS|“…”⟧   a quotation (marks included) of class scare, partial, direct or title
 *   ⟦h|…⟧          a distancing word
 *   ⟦a.TYPE.N|…⟧   an attribution cue (TYPE named, vague or none) whose source is ⟦s.N|…⟧
 *   ⟦a.none|…⟧     a cue with no source
 * Spans nest (a quotation inside a source, a quotation inside a quotation); a source may serve several cues.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const [marked] = process.argv.slice(2);
if (!marked?.endsWith('.marked')) throw new Error('usage: node scripts/eval/label-lang.mjs tests/fixtures/lang/<id>.marked');
const id = basename(marked, '.marked');
const source = readFileSync(marked, 'utf8');
let text = '';
const open = [];
const spans = [];
for (let i = 0; i < source.length; i += 1) {
  if (source[i] === '⟦') {
    const bar = source.indexOf('|', i);
    open.push({ label: source.slice(i + 1, bar), start: text.length });
    i = bar;
  } else if (source[i] === '⟧') {
    spans.push({ ...open.pop(), end: text.length });
  } else {
    text += source[i];
  }
}
if (open.length) throw new Error(`unclosed ${open.map((span) => span.label).join(', ')}`);

const slice = ({ start, end }) => ({ start, end, text: text.slice(start, end) });
const sources = new Map(spans.filter((span) => span.label.startsWith('s.')).map((span) => [span.label.slice(2), span]));
const used = new Set();
const findings = [];
for (const span of spans) {
  const [kind, first, second] = span.label.split('.');
  if (kind === 'q') findings.push({ kind: 'quote', class: first, ...slice(span) });
  else if (kind === 'h') findings.push({ kind: 'hedge', ...slice(span) });
  else if (kind === 'a') {
    const finding = { kind: 'attribution', ...slice(span) };
    if (second) {
      if (!sources.has(second)) throw new Error(`no source s.${second}`);
      finding.source = slice(sources.get(second));
      used.add(second);
    }
    finding.sourceType = first;
    findings.push(finding);
  } else if (kind !== 's') throw new Error(`unknown label ${span.label}`);
}
for (const key of sources.keys()) if (!used.has(key)) throw new Error(`source s.${key} credits no cue`);
findings.sort((a, b) => a.start - b.start || b.end - a.end);

const dir = dirname(marked);
writeFileSync(join(dir, `${id}.txt`), text);
const textSha256 = createHash('sha256').update(text, 'utf8').digest('hex');
writeFileSync(join(dir, `${id}.json`), `${JSON.stringify({ doc: id, text: `lang/${id}.txt`, textSha256, findings }, null, 2)}\n`);
console.log(`${id}: ${findings.length} findings`);
