/** Background entry (Chrome service worker, Firefox event page): wires the real API to the badge logic. */
import browser from 'webextension-polyfill';
import { startTabBadges } from './tab-badges';

// Listeners are added synchronously at start-up so that a stopped service worker woken by an
// event still receives it.
startTabBadges(browser);
