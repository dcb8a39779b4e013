// Builds the loadable folders dist/chrome and dist/firefox from manifest.json and src/, and the
// store packages dist/quotelight-chrome.zip and dist/quotelight-firefox.zip. `npm run dev` uses the
// same pieces (esbuildOptions, copyStatic, writeManifest) to rebuild them on every change.
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { chromeManifest, firefoxManifest, CHROME_MIN_VERSION, FIREFOX_MIN_VERSION } from './extension-manifest.mjs';
import { zipDirectory } from './zip.mjs';

export const TARGETS = {
  chrome: { manifest: chromeManifest, esbuildTarget: `chrome${CHROME_MIN_VERSION}`, what: 'Chrome extension, unpacked' },
  firefox: { manifest: firefoxManifest, esbuildTarget: `firefox${parseInt(FIREFOX_MIN_VERSION, 10)}`, what: 'Firefox add-on, unpacked' },
};

const SCRIPTS = {
  content: 'src/content/main.ts',
  background: 'src/background/main.ts',
  popup: 'src/popup/main.ts',
  options: 'src/options/main.ts',
};

/** Files copied as they are: name in the build → source. */
export const STATIC_FILES = {
  'highlights.css': 'src/content/highlights.css',
  'palette.css': 'src/shared/palette.css',
  'popup.html': 'src/popup/popup.html',
  'popup.css': 'src/popup/popup.css',
  'options.html': 'src/options/options.html',
  'options.css': 'src/options/options.css',
  icons: 'icons',
  _locales: '_locales',
};

export const outdirOf = (name) => `dist/${name}`;
export const zipOf = (name) => `dist/quotelight-${name}.zip`;

/** esbuild's options for one browser's scripts. */
export function esbuildOptions(name) {
  return {
    entryPoints: SCRIPTS,
    outdir: outdirOf(name),
    bundle: true,
    format: 'iife',
    target: TARGETS[name].esbuildTarget,
    // Store reviewers read the shipped code: keep it unminified and free of source maps that
    // would point at files the package does not contain.
    minify: false,
    legalComments: 'inline',
    logLevel: 'warning',
  };
}

export async function copyStatic(name) {
  await Promise.all(Object.entries(STATIC_FILES).map(([to, from]) => cp(from, `${outdirOf(name)}/${to}`, { recursive: true })));
}

export async function writeManifest(name) {
  const base = JSON.parse(await readFile('manifest.json', 'utf8'));
  await writeFile(`${outdirOf(name)}/manifest.json`, `${JSON.stringify(TARGETS[name].manifest(base), null, 2)}\n`);
}

/** An empty dist/<name>, with its static files and manifest: all but the scripts. */
export async function prepareTarget(name) {
  const outdir = outdirOf(name);
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await Promise.all([copyStatic(name), writeManifest(name)]);
}

async function buildTarget(name) {
  await prepareTarget(name);
  await build(esbuildOptions(name));
  await zipDirectory(outdirOf(name), zipOf(name));
}

/** Builds both browsers' folders and zips; returns what it made, one entry per output. */
export async function buildExtension() {
  await Promise.all(Object.keys(TARGETS).map((name) => buildTarget(name)));
  return Object.entries(TARGETS).flatMap(([name, { what }]) => [
    { path: outdirOf(name), what },
    { path: zipOf(name), what: `${name === 'chrome' ? 'Chrome Web Store' : 'Firefox add-ons (AMO)'} package` },
  ]);
}
