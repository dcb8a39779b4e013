// Builds the loadable folders dist/chrome and dist/firefox from manifest.json and src/, and the
// store packages dist/quotelight-chrome.zip and dist/quotelight-firefox.zip.
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { chromeManifest, firefoxManifest, CHROME_MIN_VERSION, FIREFOX_MIN_VERSION } from './extension-manifest.mjs';
import { zipDirectory } from './zip.mjs';

const TARGETS = {
  chrome: { manifest: chromeManifest, esbuildTarget: `chrome${CHROME_MIN_VERSION}` },
  firefox: { manifest: firefoxManifest, esbuildTarget: `firefox${parseInt(FIREFOX_MIN_VERSION, 10)}` },
};

const SCRIPTS = {
  content: 'src/content/main.ts',
  background: 'src/background/main.ts',
  popup: 'src/popup/main.ts',
  options: 'src/options/main.ts',
};

const STATIC_FILES = {
  'highlights.css': 'src/content/highlights.css',
  'palette.css': 'src/shared/palette.css',
  'popup.html': 'src/popup/popup.html',
  'popup.css': 'src/popup/popup.css',
  'options.html': 'src/options/options.html',
  'options.css': 'src/options/options.css',
  icons: 'icons',
  _locales: '_locales',
};

async function buildTarget(name, { manifest, esbuildTarget }, base) {
  const outdir = `dist/${name}`;
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: SCRIPTS,
    outdir,
    bundle: true,
    format: 'iife',
    target: esbuildTarget,
    // Store reviewers read the shipped code: keep it unminified and free of source maps that
    // would point at files the package does not contain.
    minify: false,
    legalComments: 'inline',
    logLevel: 'warning',
  });
  await Promise.all(Object.entries(STATIC_FILES).map(([to, from]) => cp(from, `${outdir}/${to}`, { recursive: true })));
  await writeFile(`${outdir}/manifest.json`, `${JSON.stringify(manifest(base), null, 2)}\n`);
  await zipDirectory(outdir, `dist/quotelight-${name}.zip`);
}

export async function buildExtension() {
  const base = JSON.parse(await readFile('manifest.json', 'utf8'));
  await Promise.all(Object.entries(TARGETS).map(([name, target]) => buildTarget(name, target, base)));
}
