// UI text for browser.i18n (issue "Parent policy, popup and local history": English and Spanish).
// Each part of the extension keeps its own strings in src/locales/<lang>/<part>.json, so parts
// can grow without editing one shared file; the build merges them into the one
// _locales/<lang>/messages.json that browsers read. Sources are flat: key → text, with $1…$9 for
// substitutions (turned into Chrome's named placeholders here), or {message, description}.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const DEFAULT_LOCALE = 'en';

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
type SourceEntry = string | { message: string; description?: string };

const KEY = /^[A-Za-z0-9_]+$/;

/** Every language's merged messages, in Chrome's format. Throws with every problem found. */
export function readLocales(root: string): Record<string, Record<string, ChromeMessage>> {
  const errors: string[] = [];
  const result: Record<string, Record<string, ChromeMessage>> = {};
  for (const lang of readdirSync(root).sort()) {
    const merged: Record<string, ChromeMessage> = {};
    // Browsers read message names case-insensitively, so "Title" and "title" would clash.
    const names = new Set<string>();
    for (const file of readdirSync(path.join(root, lang)).filter((f) => f.endsWith('.json')).sort()) {
      const where = `${lang}/${file}`;
      let source: Record<string, SourceEntry>;
      try {
        source = JSON.parse(readFileSync(path.join(root, lang, file), 'utf8')) as Record<string, SourceEntry>;
      } catch (e) {
        errors.push(`${where}: not valid JSON (${(e as Error).message})`);
        continue;
      }
      for (const [key, entry] of Object.entries(source)) {
        if (!KEY.test(key)) errors.push(`${where}: "${key}" is not a valid message name (letters, digits, _)`);
        else if (names.has(key.toLowerCase())) errors.push(`${where}: "${key}" is defined twice`);
        else {
          names.add(key.toLowerCase());
          merged[key] = toChrome(typeof entry === 'string' ? { message: entry } : entry);
        }
      }
    }
    result[lang] = merged;
  }
  const reference = result[DEFAULT_LOCALE];
  if (!reference) errors.push(`no ${DEFAULT_LOCALE} folder in ${root}`);
  for (const [lang, messages] of Object.entries(result)) {
    if (!reference || lang === DEFAULT_LOCALE) continue;
    for (const key of Object.keys(reference)) if (!(key in messages)) errors.push(`${lang}: "${key}" is missing`);
    for (const key of Object.keys(messages)) if (!(key in reference)) errors.push(`${lang}: "${key}" is not in ${DEFAULT_LOCALE}`);
  }
  if (errors.length > 0) throw new Error(`UI text (src/locales):\n  ${errors.join('\n  ')}`);
  return result;
}

/** "$1 asked" → "$P1$ asked" with placeholder p1 = $1: Chrome and Firefox read this form. */
function toChrome(entry: { message: string; description?: string }): ChromeMessage {
  const numbers = [...new Set([...entry.message.matchAll(/\$([1-9])/g)].map((m) => m[1] as string))];
  if (numbers.length === 0) return { ...entry };
  const placeholders = Object.fromEntries(numbers.map((n) => [`p${n}`, { content: `$${n}` }]));
  return { ...entry, message: entry.message.replace(/\$([1-9])/g, '$$P$1$$'), placeholders };
}

/** What browser.i18n.getMessage would return, for tests and node tools. */
export function formatMessage(messages: Record<string, ChromeMessage>, key: string, substitutions: string | string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$P([1-9])\$/g, (_, n: string) => subs[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
}
