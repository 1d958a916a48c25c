import { describe, expect, it } from 'vitest';
import { chooseCountry, COUNTRY_STORAGE_KEY, countryName, countryOptions, OTHER_COUNTRY, regionOf, rememberCountry, storedCountry } from './country';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v) };
}

describe('the country for helplines', () => {
  it.each([
    ['es-MX', 'MX'],
    ['en-GB', 'GB'],
    ['en_US', 'US'],
    ['zh-Hant-TW', 'TW'],
    ['es', null],
    ['en', null],
    ['es-419', null],
    ['', null],
    ['not a tag', null],
  ])('reads the region of %s', (tag, region) => {
    expect(regionOf(tag)).toBe(region);
  });

  it('prefers the child’s own choice, then the browser’s region, else the international list', () => {
    expect(chooseCountry('es-MX', null)).toBe('MX');
    expect(chooseCountry('es-MX', 'ES')).toBe('ES');
    expect(chooseCountry('es-MX', OTHER_COUNTRY)).toBe(OTHER_COUNTRY);
    expect(chooseCountry('es', null)).toBe(OTHER_COUNTRY);
  });

  it('remembers the choice, and ignores a stored value it did not write', () => {
    const storage = memoryStorage();
    expect(storedCountry(storage)).toBeNull();
    rememberCountry(storage, 'AR');
    expect(storedCountry(storage)).toBe('AR');
    rememberCountry(storage, OTHER_COUNTRY);
    expect(storedCountry(storage)).toBe(OTHER_COUNTRY);
    expect(storedCountry(memoryStorage({ [COUNTRY_STORAGE_KEY]: '<script>' }))).toBeNull();
    expect(storedCountry(null)).toBeNull();
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(storedCountry(broken)).toBeNull();
    expect(() => rememberCountry(broken, 'AR')).not.toThrow();
  });

  it('names countries in the UI language and lists them by name', () => {
    expect(countryName('MX', 'es')).toBe('México');
    expect(countryName('GB', 'en')).toBe('United Kingdom');
    const spanish = countryOptions('es', OTHER_COUNTRY).map((o) => o.code);
    expect(spanish[0]).toBe('AR');
    expect(spanish).toContain('ES');
    expect(countryOptions('en', 'DE').map((o) => o.code)).toContain('DE');
  });
});
