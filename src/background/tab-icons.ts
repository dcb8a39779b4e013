/**
 * The toolbar icon of a tab: the manifest's icon, or a greyed copy (made by
 * scripts/render-icons.mjs) on a tab whose site the reader paused, so "off" shows without opening
 * the popup.
 */
import type { PageStatus } from '../report/summary';

export type IconState = 'active' | 'paused';

/** By size in CSS pixels, as `action.setIcon({ path })` takes them; 'active' is the manifest's `action.default_icon`. */
export const ICON_PATHS: Record<IconState, Record<16 | 32, string>> = {
  active: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
  paused: { 16: 'icons/icon-paused-16.png', 32: 'icons/icon-paused-32.png' },
};

export function iconState(summary: PageStatus): IconState {
  return summary.paused ? 'paused' : 'active';
}
