// UI text through browser.i18n, so the child and the parent read the browser's language
// (English and Spanish today; the sources are src/locales/<lang>/<part>.json, merged at build
// time by tools/locales.ts). A key the browser does not know shows as the key itself, which a
// test (i18n.test.ts) makes sure never ships.
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** The browser's UI language ("en", "es-MX"), for choosing helplines and date formats. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
