// The source manifest, its per-browser builds in dist/, the store zips, and Mozilla's linter on the Firefox build.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromeManifest, firefoxManifest, GECKO_ID } from '../../scripts/extension-manifest.mjs';

const root = join(import.meta.dirname, '../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const base = readJson('manifest.json');

describe('the source manifest', () => {
  it('is Manifest V3 with the package version', () => {
    expect(base.manifest_version).toBe(3);
    expect(base.version).toBe(readJson('package.json').version);
  });

  it('asks only for storage, and reaches pages only through the content script', () => {
    expect(base.permissions).toEqual(['storage']);
    expect(base).not.toHaveProperty('host_permissions');
    expect(base).not.toHaveProperty('optional_permissions');
    expect(base).not.toHaveProperty('web_accessible_resources');
    expect(base).not.toHaveProperty('externally_connectable');
  });

  it('runs the content script on http(s) pages at idle, in frames too', () => {
    expect(base.content_scripts).toEqual([{
      matches: ['http://*/*', 'https://*/*'],
      js: ['content.js'],
      css: ['highlights.css'],
      run_at: 'document_idle',
      all_frames: true,
      match_about_blank: true,
    }]);
  });

  it('allows extension pages only their own files', () => {
    const csp: string = base.content_security_policy.extension_pages;
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
  });
});

describe('per-browser manifests', () => {
  it('gives Chrome a service worker and no Firefox keys', () => {
    const chrome = chromeManifest(base);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    expect(Number(chrome.minimum_chrome_version)).toBeGreaterThanOrEqual(105);
  });

  it('gives Firefox an event page, an id, no data collection, and a version with every API used', () => {
    const firefox = firefoxManifest(base);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    const gecko = firefox.browser_specific_settings.gecko;
    expect(gecko.id).toBe(GECKO_ID);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
  });

  it('leaves the source manifest untouched', () => {
    firefoxManifest(base);
    chromeManifest(base);
    expect(base.background).toEqual({ service_worker: 'background.js' });
  });
});

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
