/** The pages the end-to-end tests load: the project's fixtures and the saved real pages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Route } from './recording-server';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURE_DIR = join(REPO_ROOT, 'tests/fixtures/pages');
/** Real news pages from Mozilla Readability's test pages (tests/fixtures/saved-pages/NOTICE). */
export const SAVED_PAGES_DIR = join(REPO_ROOT, 'tests/fixtures/saved-pages');

/**
 * Real pages carry third-party inline scripts that rewrite the DOM with clocks and random ids,
 * so the with/without-extension comparison would differ for reasons of their own. Serving them
 * with scripts disabled by CSP keeps that comparison exact; content scripts are not page
 * scripts and are not affected.
 */
const NO_PAGE_SCRIPTS = { 'content-security-policy': "script-src 'none'" };

export interface TestPage {
  /** Short name used in test titles. */
  name: string;
  /** The file on disk, as the CLI scans it. */
  file: string;
  /** Path on the test server. */
  path: string;
  headers?: Record<string, string>;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
}

export function fixturePages(): TestPage[] {
  return htmlFiles(FIXTURE_DIR).map((f) => ({ name: `fixture ${f}`, file: join(FIXTURE_DIR, f), path: `/fixtures/${f}` }));
}

export function savedPages(): TestPage[] {
  return htmlFiles(SAVED_PAGES_DIR).map((f) => ({
    name: `saved ${f}`, file: join(SAVED_PAGES_DIR, f), path: `/saved/${f}`, headers: NO_PAGE_SCRIPTS,
  }));
}

/** Serves each page's file at its path (read on request, so big pages are not held in memory). */
export function pageRoutes(pages: readonly TestPage[]): (path: string) => Route | undefined {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  return (path) => {
    // Browsers ask for it after the page has loaded, sooner or later; a 404 would log a
    // console error in some runs and not others.
    if (path === '/favicon.ico') return { status: 204, body: '' };
    const page = byPath.get(path);
    return page && { body: readFileSync(page.file), ...(page.headers ? { headers: page.headers } : {}) };
  };
}

/** A short French article, read by French rules because of its `<html lang>`. */
const FRENCH_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Réforme</title></head><body><article>
  <p>Le ministre a déclaré mardi que la « réforme » était nécessaire, selon l’agence.</p>
  <p>Les syndicats ont dénoncé une prétendue « modernisation », a-t-il ajouté devant les députés.</p>
</article></body></html>`;

/** The popup suites' pages: the fixture article at /article.html and a French one at /french.html. */
export function popupPageRoutes(): (path: string) => Route | undefined {
  const fixtures = pageRoutes([{ name: 'article', file: join(FIXTURE_DIR, 'article.html'), path: '/article.html' }]);
  return (path) => (path === '/french.html' ? { body: FRENCH_PAGE } : fixtures(path));
}
