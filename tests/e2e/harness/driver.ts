/** What the suite needs from a browser, so one suite runs on Chromium (playwright) and Firefox (puppeteer). */

export interface DriverPage {
  /** Runs `fn` in the page's main world (the page's own JavaScript realm). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Makes this the visible tab: background tabs have their timers throttled to once a second. */
  bringToFront(): Promise<void>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  /** Saves a PNG of the viewport, or of the first element matching `selector`. */
  screenshot(path: string, selector?: string): Promise<void>;
  /** Makes `prefers-color-scheme` match `scheme` in this page (Chromium only). */
  emulateColorScheme?(scheme: 'light' | 'dark'): Promise<void>;
  /** axe-core's violations on this page, as `rule: target, …` lines (Chromium only, with @axe-core/playwright). */
  axeViolations?(): Promise<string[]>;
  /** Uncaught exceptions and console errors seen so far, as text. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface DriverBrowser {
  /** Opens a web page and waits for its load event. */
  openPage(url: string): Promise<DriverPage>;
  /** Opens one of the extension's pages (`popup.html?…`) in a tab of its own. */
  openExtensionPage(pathAndQuery: string): Promise<DriverPage>;
  /** Stops the extension's background service worker as the browser does when it idles (Chromium only). */
  stopBackground?(): Promise<void>;
  /** Reloads the extension, as its Reload button on the browser's extensions page does, or an update. */
  reloadExtension?(): Promise<void>;
  /** Switches the extension off or on as its switch on the browser's extensions page does. */
  setExtensionEnabled?(enabled: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The built extension to load, or null for a plain browser. */
  extensionDir: string | null;
  /** `host:port` of the proxy every request must go through. */
  proxy: string;
}

export type Launcher = (options: LaunchOptions) => Promise<DriverBrowser>;
