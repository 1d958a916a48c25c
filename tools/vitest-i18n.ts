// Unit tests run without a browser: WXT's fakeBrowser has no i18n, so answer from the English
// sources exactly as the browser would from the built _locales (tools/locales.ts).
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_LOCALE, formatMessage, readLocales } from './locales';
import path from 'node:path';

// From the working directory (vitest runs at the repository root): under happy-dom,
// import.meta.url is not a file URL, so repo-paths.ts cannot be used here.
// A broken locale file fails src/ui/i18n.test.ts with the full list of problems; here it must not
// stop every other test file from running.
function readEnglish() {
  try {
    return readLocales(path.resolve('src', 'locales'))[DEFAULT_LOCALE] ?? {};
  } catch {
    return {};
  }
}
const english = readEnglish();
fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => formatMessage(english, key, substitutions)) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
