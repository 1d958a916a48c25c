import { describe, expect, it } from 'vitest';
import { FALLBACK_HELPLINES, HELPLINES, helplinesFor } from './helplines';

const COUNTRIES = ['US', 'GB', 'CA', 'AU', 'IE', 'NZ', 'ES', 'MX', 'AR', 'CO', 'CL', 'PE'];
const ALL = [...Object.values(HELPLINES).flat(), ...FALLBACK_HELPLINES];

describe('helpline data', () => {
  it('covers every country the issue lists', () => {
    expect(Object.keys(HELPLINES).sort()).toEqual([...COUNTRIES].sort());
  });

  it('gives every entry a name, a way to reach it and what it is for', () => {
    for (const h of ALL) {
      expect(h.name.length, h.name).toBeGreaterThan(0);
      expect(Boolean(h.phones?.length || h.url || h.sms), h.name).toBe(true);
      expect(h.purpose.en.length, h.name).toBeGreaterThan(20);
    }
  });

  it('writes addresses as plain text to type, never as links the extension could open', () => {
    for (const h of ALL.filter((x) => x.url)) expect(h.url, h.name).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}(?:\/[a-z0-9-]+)*$/u);
  });

  it('has the numbers the issue names', () => {
    const numbers = (country: string) => (HELPLINES[country] ?? []).flatMap((h) => h.phones ?? []);
    expect(numbers('US')).toEqual(['1-800-843-5678', '1-800-422-4453']);
    expect(numbers('GB')).toContain('0800 1111');
    expect(numbers('CA')).toEqual(['1-800-668-6868']);
    expect(HELPLINES.CA?.[0]?.sms).toEqual({ to: '686868', word: 'CONNECT' });
    expect(numbers('AU')).toEqual(['1800 55 1800']);
    expect(numbers('IE')).toEqual(['1800 66 66 66']);
    expect(numbers('NZ')).toEqual(['0800 376 633']);
    expect(numbers('ES')).toEqual(['900 20 20 10', '116 111']);
    expect(numbers('MX')).toEqual(['800 911 2000', '911']);
    expect(numbers('AR')).toEqual(['102']);
    expect(numbers('CO')).toEqual(['141']);
    expect(numbers('CL')).toEqual(['800 200 818']);
    expect(numbers('PE')).toEqual(['100']);
  });
});

describe('helplinesFor', () => {
  it('lists a country’s helplines, in any case of the code', () => {
    expect(helplinesFor('gb', 'en').map((h) => h.name)).toEqual(['Childline', 'NSPCC Helpline', 'Take It Down (NCMEC)']);
    expect(helplinesFor('UK', 'en')[0]?.name).toBe('Childline');
  });

  it('adds Take It Down once, because it works from every country', () => {
    expect(helplinesFor('US', 'en').filter((h) => h.name.startsWith('Take It Down'))).toHaveLength(1);
    expect(helplinesFor('AR', 'es').map((h) => h.name)).toContain('Take It Down (NCMEC)');
  });

  it('puts services in the child’s language first and words the purpose in it', () => {
    const ar = helplinesFor('AR', 'es-AR');
    expect(ar[0]).toMatchObject({ name: 'Línea 102', speaksYourLanguage: true });
    expect(ar[0]?.purpose).toMatch(/^Línea gratuita/u);
    expect(helplinesFor('AR', 'en')[0]?.name).toBe('Take It Down (NCMEC)');
    expect(helplinesFor('CA', 'fr')[0]?.purpose).toMatch(/^Appelle/u);
    expect(helplinesFor('US', 'es').map((h) => h.name)[0]).toBe('Childhelp National Child Abuse Hotline');
  });

  it('falls back to 116 111, the world directory and Take It Down for other countries', () => {
    expect(helplinesFor('DE', 'de').map((h) => h.name)).toEqual(['Child helpline 116 111', 'Child Helpline International', 'Take It Down (NCMEC)']);
    expect(helplinesFor('', '').length).toBe(3);
    expect(helplinesFor('FR', 'es')[0]).toMatchObject({ name: 'Línea de ayuda a la infancia 116 111', purpose: expect.stringMatching(/^En muchos países/u) });
  });

  it('marks the services that are for grown-ups', () => {
    expect(helplinesFor('CL', 'es')[0]).toMatchObject({ forGrownUps: true });
  });
});
