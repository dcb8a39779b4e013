// The built extensions in dist/ (made by `npm run build`): every file their manifests name, their
// store zips, no remote code or markup sinks in the shipped bundles, every locale shipped, and
// Mozilla's linter on the Firefox build. The source manifest: tests/unit/manifest.test.ts.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** Lists a ZIP's entries and inflates them, reading the central directory the way unzip does. */
function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.set(name, inflateRawSync(zip.subarray(dataStart, dataStart + size)));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

describe.each(['chrome', 'firefox'])('the built %s extension', (name) => {
  const dir = join(root, 'dist', name);
  beforeAll(() => {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first`);
  });

  it('contains every file its manifest names', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const named = [
      ...Object.values<string>(manifest.icons),
      ...Object.values<string>(manifest.action.default_icon),
      manifest.action.default_popup,
      ...manifest.content_scripts.flatMap((c: { js: string[]; css: string[] }) => [...c.js, ...c.css]),
      ...(manifest.background.scripts ?? [manifest.background.service_worker]),
    ];
    expect(named.filter((file) => !existsSync(join(dir, file)))).toEqual([]);
  });

  it('is packed, byte for byte, in its zip', () => {
    const zipped = readZip(join(root, `dist/quotelight-${name}.zip`));
    expect([...zipped.keys()]).toEqual(filesIn(dir));
    for (const [file, data] of zipped) expect(data.equals(readFileSync(join(dir, file))), file).toBe(true);
  });

  it('ships every locale of _locales/', () => {
    expect(readdirSync(join(dir, '_locales')).sort()).toEqual(readdirSync(join(root, '_locales')).sort());
  });

  it('ships no remote code, no code built from strings, and no HTML parsed from strings', () => {
    for (const file of filesIn(dir).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(|importScripts\(|https?:\/\/[^\s'"]*\.js\b/);
      expect(code, file).not.toMatch(/\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/);
    }
  });
});

describe('web-ext lint on dist/firefox', () => {
  it('reports no errors, warnings or notices', async () => {
    const dir = join(root, 'dist/firefox');
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first`);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(root, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', dir, '--output', 'json'],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as Record<'errors' | 'warnings' | 'notices', Array<{ code: string; message: string; file?: string }>>;
    const brief = (list: typeof report.errors) => list.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
    expect({ errors: brief(report.errors), warnings: brief(report.warnings), notices: brief(report.notices) })
      .toEqual({ errors: [], warnings: [], notices: [] });
  }, 60_000);
});
