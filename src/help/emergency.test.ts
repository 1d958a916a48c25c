import { describe, expect, it } from 'vitest';
import { EMERGENCY_NUMBERS, emergencyNumbersFor } from './emergency';
import { HELPLINES } from './helplines';
import { helpNowFor } from './help-now';

describe('emergency numbers', () => {
  it('knows the number for every country with helplines', () => {
    for (const country of Object.keys(HELPLINES)) expect(emergencyNumbersFor(country).length, country).toBeGreaterThan(0);
  });

  it('has the numbers people know in each country', () => {
    expect(emergencyNumbersFor('us')).toEqual(['911']);
    expect(emergencyNumbersFor('CA')).toEqual(['911']);
    expect(emergencyNumbersFor('MX')).toEqual(['911']);
    expect(emergencyNumbersFor('UK')).toEqual(['999', '112']);
    expect(emergencyNumbersFor('GB')).toEqual(['999', '112']);
    expect(emergencyNumbersFor('IE')).toEqual(['112', '999']);
    expect(emergencyNumbersFor('ES')).toEqual(['112']);
    expect(emergencyNumbersFor('DE')).toEqual(['112']);
    expect(emergencyNumbersFor('AU')).toEqual(['000']);
    expect(emergencyNumbersFor('NZ')).toEqual(['111']);
    expect(emergencyNumbersFor('CO')).toEqual(['123']);
    expect(emergencyNumbersFor('CL')).toEqual(['133']);
    expect(emergencyNumbersFor('PE')).toEqual(['105']);
  });

  it('says nothing rather than guess for a country it does not know', () => {
    expect(emergencyNumbersFor('JP')).toEqual([]);
    expect(emergencyNumbersFor('')).toEqual([]);
  });

  it('writes numbers as digits only', () => {
    for (const numbers of Object.values(EMERGENCY_NUMBERS)) for (const n of numbers) expect(n).toMatch(/^\d{3,5}$/u);
  });
});

describe('help now', () => {
  it('lists the child helplines to phone, not the grown-ups’ or the emergency number again', () => {
    expect(helpNowFor('GB', 'en')).toMatchObject({ callNow: [{ name: 'Childline' }], emergency: ['999', '112'] });
    expect(helpNowFor('MX', 'es').callNow.map((h) => h.name)).toEqual(['Línea de la Vida']);
    expect(helpNowFor('CL', 'es').callNow).toEqual([]);
    expect(helpNowFor('US', 'es').callNow.map((h) => h.name)).toEqual(['Childhelp National Child Abuse Hotline', 'NCMEC CyberTipline']);
  });

  it('offers 116 111 where the country is unknown', () => {
    expect(helpNowFor('', 'en')).toEqual({ callNow: [expect.objectContaining({ phones: ['116 111'] })], emergency: [] });
  });
});
