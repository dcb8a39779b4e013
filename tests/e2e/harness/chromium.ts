/** Debian's Chromium through playwright-core, with or without the built extension. */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DriverPage, Launcher } from './driver';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`;
}

const VIEWPORT = { width: 1000, height: 800 };

function wrapPage(page: Page): DriverPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(`console: ${message.text()}`); });
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    bringToFront: () => page.bringToFront(),
    waitForSelector: async (selector, timeout = 10_000) => { await page.waitForSelector(selector, { timeout, state: 'attached' }); },
    screenshot: async (path, selector) => {
      await (selector ? page.locator(selector).first().screenshot({ path }) : page.screenshot({ path }));
    },
    emulateColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    axeViolations: async () => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    errors,
    close: () => page.close(),
  };
}

async function openIn(context: BrowserContext, url: string, waitUntil: 'load' | 'commit'): Promise<DriverPage> {
  const page = await context.newPage();
  const wrapped = wrapPage(page);
  await page.goto(url, { waitUntil });
  return wrapped;
}

/** chrome://extensions's own APIs, behind its switches and buttons. */
interface ExtensionsPageApis {
  developerPrivate: {
    updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
    reload(id: string, options: { failQuietly: boolean }): Promise<void>;
  };
  management: { setEnabled(id: string, enabled: boolean): Promise<void> };
}
type ExtensionsPageGlobals = { chrome: ExtensionsPageApis };

/**
 * Runs `act` on chrome://extensions, the one page allowed to reload or switch off an extension,
 * with developer mode on: without it Chromium disables a reloaded --load-extension extension as
 * "unsupported developer extension", where a user who loaded it unpacked has developer mode on.
 */
async function onExtensionsPage(
  context: BrowserContext,
  extensionOrigin: string | null,
  act: (page: Page, extensionId: string) => Promise<void>,
): Promise<void> {
  if (!extensionOrigin) throw new Error('this browser has no extension');
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate(() => (globalThis as unknown as ExtensionsPageGlobals).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
    await act(page, new URL(extensionOrigin).host);
  } finally {
    await page.close();
  }
}

export const launchChromium: Launcher = async ({ extensionDir, proxy }) => {
  const profile = mkdtempSync(join(tmpdir(), 'quotelight-chromium-'));
  const extensionArgs = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: VIEWPORT,
    args: [
      // Root in a container has no user namespace for the sandbox, and no GPU.
      '--no-sandbox', '--disable-gpu',
      // Keep Chromium's own traffic out of the recorded requests.
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      `--proxy-server=http://${proxy}`,
      // `<-loopback>` removes the implicit bypass, so requests to 127.0.0.1 go through the proxy too.
      '--proxy-bypass-list=<-loopback>',
      ...extensionArgs,
    ],
  });
  let extensionOrigin: string | null = null;
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15_000 });
    // Node gives non-special schemes an opaque "null" origin, so build it from the host.
    extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  }
  return {
    openPage: (url) => openIn(context, url, 'load'),
    openExtensionPage: (pathAndQuery) => {
      if (!extensionOrigin) throw new Error('this browser has no extension');
      return openIn(context, `${extensionOrigin}/${pathAndQuery}`, 'load');
    },
    stopBackground: async () => {
      const cdp = await context.newCDPSession(context.pages()[0] ?? await context.newPage());
      const { targetInfos } = await cdp.send('Target.getTargets');
      const workers = targetInfos.filter((t) => t.type === 'service_worker' && extensionOrigin && t.url.startsWith(extensionOrigin));
      for (const worker of workers) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      await cdp.detach();
      if (workers.length === 0) throw new Error('no running service worker to stop');
    },
    reloadExtension: () => onExtensionsPage(context, extensionOrigin, (page, id) => page.evaluate(
      (extensionId) => (globalThis as unknown as ExtensionsPageGlobals).chrome.developerPrivate.reload(extensionId, { failQuietly: false }), id,
    )),
    setExtensionEnabled: (enabled) => onExtensionsPage(context, extensionOrigin, (page, id) => page.evaluate(
      ({ extensionId, on }) => (globalThis as unknown as ExtensionsPageGlobals).chrome.management.setEnabled(extensionId, on),
      { extensionId: id, on: enabled },
    )),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
};
