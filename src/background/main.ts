/** Background entry (Chrome service worker, Firefox event page): wires the real API to the badge and shortcut logic. */
import browser from 'webextension-polyfill';
import { startCommands } from './commands';
import { startTabBadges } from './tab-badges';

// Listeners are added synchronously at start-up so that a stopped service worker woken by an
// event still receives it.
startTabBadges(browser);
startCommands(browser);
