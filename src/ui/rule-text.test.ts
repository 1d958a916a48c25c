import { describe, expect, it } from 'vitest';
import { RULES } from '../engine/registry';
import { readLocales } from '../../tools/locales';
import { LOCALES_DIR } from '../../tools/repo-paths';
import { ruleText } from './rule-text';

describe('ruleText', () => {
  const locales = readLocales(LOCALES_DIR);
  it.each(RULES.map((r) => r.id))('has English and Spanish words for rule %s', (id) => {
    const key = `rule_${id.replace(/-/gu, '_')}`;
    expect(locales.en?.[key]?.message).toBeTruthy();
    expect(locales.es?.[key]?.message).toBeTruthy();
  });
  it('reads the rule in the UI language and keeps stored text for unknown rules', () => {
    expect(ruleText('age-probe', 'stored')).toBe('Asks how old you are, or what grade you are in.');
    expect(ruleText('agrees-by-reply', 'You said yes to meeting.')).toBe('You said yes to meeting.');
  });
});
