/** What every end-to-end suite shares: whether it can run here, and how it compares two runs of a browser. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Launcher } from './driver';
import { REPO_ROOT } from './pages';

/** What every suite is given: the browser, its build, and why it cannot run here (or null). */
export interface SuiteOptions {
  browserName: string;
  /** dist/ folder of this browser's build. */
  distName: 'chrome' | 'firefox';
  launch: Launcher;
  /** Why this browser cannot run here, or null. */
  missing: string | null;
}

/** The built extension for a browser, and why the suite cannot run (printed once), or null. */
export function extensionUnderTest(
  { suite, browserName, distName, missing }: { suite: string; browserName: string; distName: 'chrome' | 'firefox'; missing: string | null },
): { extensionDir: string; missing: string | null } {
  const extensionDir = join(REPO_ROOT, 'dist', distName);
  const why = missing ?? (existsSync(join(extensionDir, 'content.js')) ? null : `${extensionDir} is not built (run npm run build)`);
  if (why) console.warn(`[e2e] ${browserName} ${suite} skipped: ${why}`);
  return { extensionDir, missing: why };
}

/**
 * A request as compared between two runs: the test server's own URLs without its origin (each
 * run has its own port), other hosts without the query, which for the browser's own background
 * calls (update checks, sign-in probes) carries a fresh nonce every time.
 */
export const requestKey = (origin: string) => (request: string): string => {
  const [method = '', target = ''] = request.split(' ');
  if (method === 'CONNECT') return request;
  const url = new URL(target);
  return url.origin === origin ? `${method} ${url.pathname}${url.search}` : `${method} ${url.origin}${url.pathname}`;
};

/** Text of an error with the server's origin removed, so two runs' messages compare. */
export const withoutOrigin = (origin: string) => (text: string) => text.replaceAll(origin, '');

/** A compact description of where two long strings first differ, for a readable failure; null when equal. */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return `differs at ${i}: …${JSON.stringify(a.slice(Math.max(0, i - 80), i + 80))} vs …${JSON.stringify(b.slice(Math.max(0, i - 80), i + 80))}`;
}
