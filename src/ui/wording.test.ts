import { afterEach, describe, expect, it } from 'vitest';
import type { Category } from '../engine/types';
import { useTestLanguage } from '../help/test-language';
import { categoryLabel, levelLabel, whatToDo, whatWeNoticed, whyItMatters } from './wording';

const ALL_CATEGORIES: Category[] = [
  'age_probe', 'personal_info_request', 'secrecy', 'isolation', 'photo_request', 'sexual_content', 'meeting_request', 'platform_switch',
  'gifts_money', 'flattery_trust', 'age_gap_relationship', 'threats_sextortion', 'discloses_personal_info', 'discloses_age', 'agrees_to_meet',
  'agrees_to_secrecy',
];

afterEach(() => useTestLanguage('en'));

describe('whatWeNoticed', () => {
  it('names the person and what they did, in one sentence', () => {
    expect(whatWeNoticed('kai', ['age_probe', 'secrecy', 'age_probe'])).toBe('kai asked how old you are and asked you to keep your chat secret.');
    expect(whatWeNoticed('kai', ['age_probe', 'secrecy', 'gifts_money'])).toBe(
      'kai asked how old you are, asked you to keep your chat secret and offered you gifts or money.',
    );
  });

  it('falls back to "This person" when the name is unknown', () => {
    expect(whatWeNoticed('  ', ['secrecy'])).toBe('This person asked you to keep your chat secret.');
  });

  it('says the child’s own replies in a sentence of their own, never as the other person’s', () => {
    expect(whatWeNoticed('kai', ['age_probe', 'discloses_age'])).toBe('kai asked how old you are. You told them your age.');
    expect(whatWeNoticed('kai', ['agrees_to_meet', 'agrees_to_secrecy'])).toBe('You agreed to meet and agreed to keep a secret.');
  });

  it('says the same in Spanish, with “y” and a capital letter where a sentence starts', () => {
    useTestLanguage('es');
    expect(whatWeNoticed('kai', ['age_probe', 'secrecy'])).toBe('kai te preguntó cuántos años tienes y te pidió mantener el chat en secreto.');
    expect(whatWeNoticed('', ['photo_request', 'discloses_age', 'agrees_to_secrecy'])).toBe(
      'Esta persona te pidió fotos o videos. Le dijiste tu edad y aceptaste guardar un secreto.',
    );
  });
});

describe('the rest of the child’s words', () => {
  it.each(['en', 'es'] as const)('has every label, level and step in %s (no key shows through)', (language) => {
    useTestLanguage(language);
    const texts = [
      ...ALL_CATEGORIES.flatMap((c) => [categoryLabel(c), whatWeNoticed('kai', [c])]),
      ...(['none', 'notice', 'warning', 'danger'] as const).map(levelLabel),
      whyItMatters(),
      ...whatToDo('prompt'),
      ...whatToDo('popup'),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/wording_|\$\d/u);
      expect(text.trim().length).toBeGreaterThan(1);
    }
  });

  it('keeps sentences short enough for a young reader', () => {
    for (const language of ['en', 'es'] as const) {
      useTestLanguage(language);
      for (const step of [...whatToDo('prompt'), ...whatToDo('popup'), whyItMatters()]) {
        for (const sentence of step.split(/(?<=\.)\s+/u)) expect(sentence.split(/\s+/u).length, sentence).toBeLessThanOrEqual(22);
      }
    }
  });

  it('puts the helpline step back in, pointing to where the numbers are', () => {
    expect(whatToDo('prompt')).toHaveLength(4);
    expect(whatToDo('prompt')[3]).toMatch(/helpline.*toolbar/u);
    expect(whatToDo('popup')[3]).toMatch(/helpline.*below/u);
    useTestLanguage('es');
    expect(whatToDo('popup')[3]).toMatch(/línea de ayuda.*abajo/u);
    expect(whyItMatters()).toContain('no has hecho nada malo');
  });
});

describe('why it matters, by age band', () => {
  it('has its own words for under-13s and for 16-17s', () => {
    const general = whyItMatters();
    expect(whyItMatters('under-13')).not.toBe(general);
    expect(whyItMatters('16-17')).not.toBe(general);
    expect(whyItMatters('13-15')).toBe(general);
  });
});
