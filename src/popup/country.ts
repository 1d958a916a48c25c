// Which country's helplines the popup shows. The browser's UI language often names a region
// ("es-MX" → MX); when it does not ("es", "en", or "es-419" for all of Latin America) the child
// sees the international list and can choose a country, which the popup remembers in its own
// localStorage (on this device only, like everything else).
import { HELPLINES } from '../help/helplines';

export const COUNTRY_STORAGE_KEY = 'headsUp.helplineCountry';
/** The value that stands for "another country": the international list. */
export const OTHER_COUNTRY = '';

/** The two-letter region of a language tag ("es-MX" → "MX"), or null ("es", "es-419"). */
export function regionOf(languageTag: string): string | null {
  const tag = languageTag.trim().replace(/_/gu, '-');
  let region: string | undefined;
  try {
    region = new Intl.Locale(tag).region;
  } catch {
    region = /^[a-z]{2,3}-([a-z]{2})(?:-|$)/iu.exec(tag)?.[1];
  }
  return region && /^[A-Za-z]{2}$/u.test(region) ? region.toUpperCase() : null;
}

type CountryStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The child's own choice, if they made one ("" = another country), else null. */
export function storedCountry(storage: CountryStorage | null): string | null {
  try {
    const value = storage?.getItem(COUNTRY_STORAGE_KEY) ?? null;
    return value === null || value === OTHER_COUNTRY || /^[A-Z]{2}$/u.test(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberCountry(storage: CountryStorage | null, country: string): void {
  try {
    storage?.setItem(COUNTRY_STORAGE_KEY, country);
  } catch {
    // Storage may be off (private profiles): the choice then lasts while the popup is open.
  }
}

/** The child's choice first, then the browser's region, else "another country". */
export function chooseCountry(uiLanguage: string, stored: string | null): string {
  return stored ?? regionOf(uiLanguage) ?? OTHER_COUNTRY;
}

/** A country's name in the UI language ("MX" → "México" in Spanish). */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The chooser's countries: those with helplines, and the current one if it is not among them, by name. */
export function countryOptions(language: string, current: string): { code: string; name: string }[] {
  const codes = new Set(Object.keys(HELPLINES));
  if (current !== OTHER_COUNTRY) codes.add(current);
  return [...codes]
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}
