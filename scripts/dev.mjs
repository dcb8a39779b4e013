// `npm run dev`: the developer loop. Builds dist/chrome and dist/firefox (no zips), rebuilds them on
// every change (esbuild watches the scripts; the static files and manifest.json are copied again
// when they change), and runs Firefox with the add-on through `web-ext run`, which reloads it after
// each rebuild. Chromium has no such runner here: load dist/chrome once (the hint says how) and
// press its reload button after a change.
//
//   npm run dev                          watch, and run Firefox (FIREFOX_PATH, else firefox-esr or firefox)
//   npm run dev -- --no-browser          watch only
//   npm run dev -- --start-url URL ...   any other option goes to `web-ext run`
import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { context } from 'esbuild';
import { TARGETS, copyStatic, esbuildOptions, outdirOf, prepareTarget, writeManifest } from './build-extension.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);

const args = process.argv.slice(2);
const noBrowser = args.includes('--no-browser');
const webExtArgs = args.filter((arg) => arg !== '--no-browser');

const time = () => new Date().toTimeString().slice(0, 8);
const log = (line) => console.log(`[dev ${time()}] ${line}`);

/** The first of `names` found on PATH, or null. */
function onPath(...names) {
  for (const name of names) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (dir && existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

/** Logs each build of one browser's scripts, with esbuild's errors (esbuild prints them too); `built` resolves after the first. */
const reportBuilds = (name, built) => ({
  name: 'report-builds',
  setup(build) {
    let first = true;
    build.onEnd((result) => {
      const errors = result.errors.length;
      log(`${first ? 'built' : 'rebuilt'} ${outdirOf(name)}${errors ? `: ${errors} error${errors > 1 ? 's' : ''}${first ? '' : ', the previous scripts stay'}` : ''}`);
      if (first) built();
      first = false;
    });
  },
});

const names = Object.keys(TARGETS);
await Promise.all(names.map((name) => prepareTarget(name)));
const firstBuilds = [];
const contexts = await Promise.all(names.map((name) => {
  let built;
  firstBuilds.push(new Promise((resolve) => (built = resolve)));
  return context({ ...esbuildOptions(name), plugins: [reportBuilds(name, built)] });
}));
await Promise.all(contexts.map((ctx) => ctx.watch()));
await Promise.all(firstBuilds);

// Static files (CSS, HTML, icons, locales) and the manifest: copied again, a moment after the last change.
let pending = null;
const recopy = () => {
  clearTimeout(pending);
  pending = setTimeout(async () => {
    try {
      await Promise.all(names.flatMap((name) => [copyStatic(name), writeManifest(name)]));
      log(`copied the static files and manifest again into ${names.map(outdirOf).join(' and ')}`);
    } catch (error) {
      log(`could not copy the static files: ${error.message}`);
    }
  }, 100);
};
const watchers = [
  watch('src', { recursive: true }, (_event, file) => {
    if (file && !/\.ts$/.test(file)) recopy();
  }),
  watch('_locales', { recursive: true }, recopy),
  watch('icons', { recursive: true }, recopy),
  watch('manifest.json', recopy),
];

console.log([
  '',
  'Chromium or Chrome: open chrome://extensions, turn on Developer mode, Load unpacked → dist/chrome;',
  '  after a change, press the extension\'s reload button there (and reload the page).',
  'Firefox: web-ext runs it below with dist/firefox, and reloads the add-on after each change.',
  'Stop with Ctrl+C.',
  '',
].join('\n'));

let runner = null;
/** Set once Ctrl+C (or SIGTERM) was passed on to web-ext: its ending is then no failure. */
let stopping = false;
async function stop(code = 0) {
  for (const watcher of watchers) watcher.close();
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    if (runner) runner.kill(signal);
    else void stop(0);
  });
}

const firefox = process.env.FIREFOX_PATH ?? onPath('firefox-esr', 'firefox');
if (noBrowser) {
  log('watching (--no-browser: no Firefox)');
} else if (!firefox) {
  log('watching; no Firefox found (install firefox-esr, or set FIREFOX_PATH), so web-ext is not started');
} else {
  const webExt = join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
  runner = spawn(process.execPath, [webExt, 'run', '--source-dir', outdirOf('firefox'), '--firefox', firefox, ...webExtArgs], { stdio: 'inherit' });
  runner.on('exit', (code, signal) => {
    log(`web-ext run ended (${signal ?? `exit ${code}`})`);
    void stop(stopping ? 0 : code ?? 1);
  });
}
