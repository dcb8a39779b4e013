// The two browsers behind one small interface: open a page (probes installed before its scripts),
// evaluate in it, reload it in the same tab, read its JS heap (Chromium only), close.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { PROBES } from './in-page.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const VIEWPORT = { width: 1000, height: 800 };
const LOAD_TIMEOUT = 180_000;

export const BROWSER_PATHS = { chromium: CHROMIUM, firefox: FIREFOX };

/** Chromium with the unpacked extension (or none); hosts other than `origin` are refused at once. */
export async function launchChromium(extensionDir, origin) {
  const profile = mkdtempSync(join(tmpdir(), 'quotelight-bench-chromium-'));
  const args = extensionDir ? [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : CHROMIUM_FLAGS;
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args, viewport: VIEWPORT });
  if (extensionDir && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  await context.route((url) => url.protocol.startsWith('http') && url.origin !== origin, (route) => route.abort());
  return {
    name: 'Chromium',
    version: context.browser()?.version() ?? '',
    async open(url) {
      const page = await context.newPage();
      await page.addInitScript(PROBES);
      await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
      return {
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        waitFor: (fn) => page.waitForFunction(fn, undefined, { timeout: LOAD_TIMEOUT, polling: 50 }),
        reload: () => page.reload({ waitUntil: 'load', timeout: LOAD_TIMEOUT }),
        addScript: (content) => page.addScriptTag({ content }),
        async heap() {
          const session = await context.newCDPSession(page);
          await session.send('HeapProfiler.collectGarbage');
          await session.send('Performance.enable');
          const { metrics } = await session.send('Performance.getMetrics');
          await session.detach();
          return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
        },
        close: () => page.close(),
      };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Firefox ESR over WebDriver BiDi, with the extension installed as a temporary add-on (or none). */
export async function launchFirefox(extensionDir) {
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, protocol: 'webDriverBiDi', headless: true, defaultViewport: VIEWPORT,
    // The saved pages name hosts that cannot be reached here: fail them at once rather than wait for DNS.
    extraPrefsFirefox: { 'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9, 'network.proxy.no_proxies_on': '127.0.0.1' },
  });
  if (extensionDir) await browser.installExtension(extensionDir);
  return {
    name: 'Firefox',
    version: await browser.version(),
    async open(url) {
      const page = await browser.newPage();
      page.setDefaultTimeout(LOAD_TIMEOUT);
      await page.evaluateOnNewDocument(PROBES);
      // A frame the proxy refuses is reported as the page's failure while the page loads on.
      const loaded = (navigation) => navigation.catch(async (error) => {
        await page.waitForFunction(() => document.readyState === 'complete', { timeout: 30_000 }).catch(() => { throw error; });
      });
      await loaded(page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT }));
      return {
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        waitFor: (fn) => page.waitForFunction(fn, { timeout: LOAD_TIMEOUT, polling: 50 }),
        reload: () => loaded(page.reload({ waitUntil: 'load', timeout: LOAD_TIMEOUT })),
        addScript: (content) => page.addScriptTag({ content }),
        heap: async () => NaN,
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}
