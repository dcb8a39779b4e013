/** Popup entry: starts the popup on the real extension API. */
import browser from 'webextension-polyfill';
import { startPopup } from './popup';

const root = document.getElementById('app');
if (root) void startPopup(root, browser, location.search);
