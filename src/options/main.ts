/** Options page entry: starts the page on the real extension API. */
import browser from 'webextension-polyfill';
import { startOptions } from './options';

const root = document.getElementById('app');
if (root) void startOptions(root, browser);
