/**
 * "Not a scare quote": terms the reader dismissed from a tooltip, per site. Kept in
 * `storage.local` (this browser only: a judgement about one site's wording, not a preference to
 * sync), read only through `parseDismissals`, and undone from the options page.
 */
import type { StorageApi, StorageArea, StorageChangeListener } from './extension-api';
import { MAX_TERM_LENGTH, normalizeHostname, normalizeTerm } from './settings';

export const DISMISSALS_KEY = 'dismissals';

/** Site (lower-case hostname) → dismissed terms (lower case), oldest first. */
export type Dismissals = Record<string, string[]>;

/** storage.local holds 10 MB; this keeps the list readable on the options page. */
export const MAX_DISMISSED_PER_SITE = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseDismissals(raw: unknown): Dismissals {
  const result: Dismissals = {};
  if (!isRecord(raw)) return result;
  for (const [site, terms] of Object.entries(raw)) {
    const host = normalizeHostname(site);
    if (host === '' || !Array.isArray(terms)) continue;
    const clean = [...new Set(terms.filter((t): t is string => typeof t === 'string').map(normalizeTerm)
      .filter((t) => t !== '' && t.length <= MAX_TERM_LENGTH))].slice(-MAX_DISMISSED_PER_SITE);
    if (clean.length > 0) result[host] = clean;
  }
  return result;
}

export function dismissedOn(dismissals: Dismissals, hostname: string): string[] {
  return dismissals[normalizeHostname(hostname)] ?? [];
}

export function withDismissal(dismissals: Dismissals, hostname: string, term: string, dismissed: boolean): Dismissals {
  const site = normalizeHostname(hostname);
  const normalized = normalizeTerm(term);
  const others = (dismissals[site] ?? []).filter((t) => t !== normalized);
  const terms = dismissed && normalized !== '' ? [...others, normalized] : others;
  const next = { ...dismissals };
  if (terms.length > 0) next[site] = terms;
  else delete next[site];
  return next;
}

export async function loadDismissals(local: StorageArea): Promise<Dismissals> {
  return parseDismissals((await local.get(DISMISSALS_KEY))[DISMISSALS_KEY]);
}

/** Read, change, write: a dismissal made meanwhile in another tab is kept. */
export async function updateDismissals(local: StorageArea, change: (d: Dismissals) => Dismissals): Promise<void> {
  await local.set({ [DISMISSALS_KEY]: parseDismissals(change(await loadDismissals(local))) });
}

export function watchDismissals(storage: Pick<StorageApi, 'onChanged'>, onChange: (d: Dismissals) => void): () => void {
  const listener: StorageChangeListener = (changes, areaName) => {
    const change = changes[DISMISSALS_KEY];
    if (areaName === 'local' && change) onChange(parseDismissals(change.newValue));
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}
