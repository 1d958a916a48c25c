// Emergency numbers per country, for the "I need help now" panel: "If you are in danger right
// now, call …". Shipped with the extension (no look-ups). Checked against the governments' and
// the European Commission's pages (112 works in every EU/EEA country and Switzerland); where a
// country has two common numbers, the one people know best comes first.

/** 112: the single European emergency number (EU, EEA, Switzerland; EU Directive 2018/1972, art. 109). */
const EUROPE_112 = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IT', 'LV', 'LT',
  'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'SE', 'IS', 'LI', 'NO', 'CH',
] as const;

export const EMERGENCY_NUMBERS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(EUROPE_112.map((country) => [country, ['112']])),
  US: ['911'],
  CA: ['911'],
  MX: ['911'],
  // UK: 999, and 112 works too.
  GB: ['999', '112'],
  // Ireland: 112 and 999 both work.
  IE: ['112', '999'],
  ES: ['112'],
  AU: ['000'],
  NZ: ['111'],
  // Argentina: 911 in most provinces (police 101 where 911 is not in service).
  AR: ['911'],
  // Colombia: 123, the national emergency line.
  CO: ['123'],
  // Chile: 133, Carabineros (police).
  CL: ['133'],
  // Peru: 105, the national police.
  PE: ['105'],
  BR: ['190'],
  IN: ['112'],
  // South Africa: 10111 (police) from any phone, 112 from mobiles.
  ZA: ['10111', '112'],
};

const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

/** The emergency numbers for a country code ("GB", "gb"), or [] when we do not know them. */
export function emergencyNumbersFor(countryCode: string): readonly string[] {
  const raw = countryCode.trim().toUpperCase();
  return EMERGENCY_NUMBERS[COUNTRY_ALIASES[raw] ?? raw] ?? [];
}
