// The source manifest and what the build makes of it per browser. The built extensions in dist/, their
// zips and Mozilla's linter on them: tests/package/built-extension.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
