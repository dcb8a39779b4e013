/**
 * Functions the lifecycle tests run inside pages (serialised like those of probes.ts: only their
 * argument and the page's globals).
 */
import type { Browser } from 'webextension-polyfill';

/** In an extension page: reloads the whole extension, as an update does. The page itself closes with it. */
export const reloadExtension = (): void => {
  const globals = globalThis as unknown as { browser?: Browser; chrome: Browser };
  (globals.browser ?? globals.chrome).runtime.reload();
};

/** The registered `quotelight-*` highlights with their sizes. */
export const quotelightHighlights = (): Record<string, number> => Object.fromEntries(
  [...CSS.highlights.keys()].filter((name) => name.startsWith('quotelight-')).map((name) => [name, CSS.highlights.get(name)!.size]),
);

/**
 * Polls until the registered `quotelight-*` highlights are exactly `expected` (names and sizes;
 * `{}` for none) or `timeoutMs` passes; returns what was there last.
 */
export const waitForQuotelightHighlights = ({ expected, timeoutMs }: { expected: Record<string, number>; timeoutMs: number }) =>
  new Promise<Record<string, number>>((resolve) => {
    const start = performance.now();
    const check = () => {
      const now = Object.fromEntries(
        [...CSS.highlights.keys()].filter((name) => name.startsWith('quotelight-')).map((name) => [name, CSS.highlights.get(name)!.size]),
      );
      const same = JSON.stringify(Object.entries(now).sort()) === JSON.stringify(Object.entries(expected).sort());
      if (same || performance.now() - start > timeoutMs) resolve(now);
      else setTimeout(check, 50);
    };
    check();
  });

/** The text of the CSS rules the extension adopted into the page (its colours) that name a `quotelight-` highlight. */
export const quotelightRules = (): string[] => [...document.adoptedStyleSheets]
  .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
  .filter((css) => css.includes('quotelight-'));

/** Polls until the page's timeline holds `count` marks named `name`; returns how many there are then. */
export const waitForMarkCount = ({ name, count, timeoutMs }: { name: string; count: number; timeoutMs: number }) =>
  new Promise<number>((resolve) => {
    const start = performance.now();
    const check = () => {
      const now = performance.getEntriesByName(name).length;
      if (now >= count || performance.now() - start > timeoutMs) resolve(now);
      else setTimeout(check, 50);
    };
    check();
  });
