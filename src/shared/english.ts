/**
 * English from `_locales/en`, for code that may run without `browser.i18n`: the tooltip built by
 * a content script that was given no API (the jsdom tests). Extension pages always have the API.
 */
import messages from '../../_locales/en/messages.json';
import { messagesApi, translator, type Translate } from './i18n';

export const english: Translate = translator(messagesApi(messages, 'en'));
