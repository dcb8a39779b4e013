/** Debian's Firefox ESR through puppeteer-core over WebDriver BiDi, with or without the built extension. */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DriverPage, Launcher } from './driver';
import { reloadExtension } from './lifecycle-probes';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function firefoxMissing(): string | null {
  return existsSync(FIREFOX_PATH) ? null : `no Firefox at ${FIREFOX_PATH} (apt-get install firefox-esr, or set FIREFOX_PATH)`;
}

/** A fixed internal UUID makes the moz-extension:// origin known before the add-on is installed. */
const EXTENSION_UUID = '6f1a8d2e-3b4c-4d5e-9f60-7a8b9c0d1e2f';

/** Firefox preferences that send every request through the recording proxy. */
export function proxyPrefs(proxy: string): Record<string, string | number | boolean> {
  const [host = '', port = ''] = proxy.split(':');
  return {
    'network.proxy.type': 1,
    'network.proxy.http': host,
    'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': Number(port),
    'network.proxy.no_proxies_on': '',
    // Without this Firefox never proxies 127.0.0.1, and page loads would bypass the recorder.
    'network.proxy.allow_hijacking_localhost': true,
  };
}

function wrapPage(page: Page): DriverPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(`console: ${message.text()}`); });
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as Promise<never>,
    bringToFront: () => page.bringToFront(),
    waitForSelector: async (selector, timeout = 10_000) => { await page.waitForSelector(selector, { timeout }); },
    screenshot: async (path, selector) => {
      const target = selector ? await page.$(selector) : page;
      if (!target) throw new Error(`nothing matches ${selector}`);
      await target.screenshot({ path: path as `${string}.png` });
    },
    errors,
    close: () => page.close(),
  };
}

async function openIn(browser: Browser, url: string, waitUntil: 'load' | 'commit'): Promise<DriverPage> {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  const wrapped = wrapPage(page);
  try {
    // Extension pages never report `load` to a BiDi navigation wait. Puppeteer's types lack
    // `commit`, but any value other than load/domcontentloaded makes goto return once committed.
    await page.goto(url, { waitUntil: waitUntil as 'load' });
  } catch (error) {
    // Firefox ESR reports an iframe that fails to load (saved pages embed frames from hosts
    // the proxy refuses) as the failure of the top-level navigation ("Address rejected"),
    // while the page itself goes on loading. Only a page that never loads is an error.
    const loaded = await page.waitForFunction(
      (expected: string) => location.href === expected && document.readyState === 'complete',
      { timeout: 30_000 },
      url,
    ).then(() => true, () => false);
    if (!loaded) throw error;
  }
  return wrapped;
}

export const launchFirefox: Launcher = async ({ extensionDir, proxy }) => {
  const geckoId = extensionDir
    ? (JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
      .browser_specific_settings.gecko.id
    : null;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    defaultViewport: { width: 1000, height: 800 },
    // Opening moz-extension:// pages from the remote protocol needs system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...proxyPrefs(proxy),
      ...(geckoId ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }) } : {}),
    },
  });
  if (extensionDir) await browser.installExtension(extensionDir);
  return {
    openPage: (url) => openIn(browser, url, 'load'),
    openExtensionPage: (pathAndQuery) => {
      if (!geckoId) throw new Error('this browser has no extension');
      return openIn(browser, `moz-extension://${EXTENSION_UUID}/${pathAndQuery}`, 'commit');
    },
    reloadExtension: async () => {
      if (!geckoId) throw new Error('this browser has no extension');
      const page = await openIn(browser, `moz-extension://${EXTENSION_UUID}/popup.html?tabId=0`, 'commit');
      // The page goes with the extension, maybe before the evaluation can answer.
      await page.evaluate(reloadExtension, undefined).catch(() => undefined);
      await page.close().catch(() => undefined);
    },
    setExtensionEnabled: async (enabled) => {
      if (!geckoId) throw new Error('this browser has no extension');
      // about:addons runs with the browser's privileges (--remote-allow-system-access lets the
      // driver in): the add-on manager there is what its switch calls.
      const page = await browser.newPage();
      try {
        await page.goto('about:addons', { waitUntil: 'commit' as 'load' });
        await page.evaluate(async ({ id, on }) => {
          type Addon = { enable(): Promise<void>; disable(): Promise<void> };
          const utils = (globalThis as unknown as { ChromeUtils: { importESModule(url: string): { AddonManager: { getAddonByID(id: string): Promise<Addon> } } } }).ChromeUtils;
          const addon = await utils.importESModule('resource://gre/modules/AddonManager.sys.mjs').AddonManager.getAddonByID(id);
          await (on ? addon.enable() : addon.disable());
        }, { id: geckoId, on: enabled });
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
};
