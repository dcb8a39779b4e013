// Types for extension-manifest.mjs, which Node runs untranspiled during the build.
/** A manifest is free-form JSON; tests read the keys they know. */
export type Manifest = Record<string, any>;
export const GECKO_ID: string;
export const FIREFOX_MIN_VERSION: string;
export const FIREFOX_ANDROID_MIN_VERSION: string;
export const CHROME_MIN_VERSION: string;
export function chromeManifest(base: Manifest): Manifest;
export function firefoxManifest(base: Manifest): Manifest;
