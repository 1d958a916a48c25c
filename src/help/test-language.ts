// For unit tests only: answer browser.i18n from the Spanish (or English) sources, as the browser
// would with that UI language, so tests can check both languages. tools/vitest-i18n.ts sets
// English for every test; call useTestLanguage('en') after a Spanish test to put it back.
import path from 'node:path';
import { fakeBrowser } from 'wxt/testing';
import { formatMessage, readLocales } from '../../tools/locales';

const locales = readLocales(path.resolve('src', 'locales'));

export function useTestLanguage(language: 'en' | 'es', uiLanguage: string = language): void {
  const messages = locales[language] ?? {};
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => formatMessage(messages, key, substitutions)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
}

/** Every key of one language's merged messages (to check data that names keys). */
export function messageKeys(language: 'en' | 'es'): string[] {
  return Object.keys(locales[language] ?? {});
}
