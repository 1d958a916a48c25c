import { afterEach, describe, expect, it } from 'vitest';
import { useTestLanguage } from '../help/test-language';
import { pinFormError } from './pin-form';

afterEach(() => useTestLanguage('en'));

describe('the PIN form', () => {
  it('accepts a good PIN typed twice the same', () => {
    expect(pinFormError('48291573', '48291573')).toBeNull();
  });

  it('says what to fix: too short, too easy, or not the same twice', () => {
    expect(pinFormError('4829', '4829')).toBe('The PIN needs at least 6 characters.');
    expect(pinFormError('123456', '123456')).toBe('This PIN is easy to guess. Please choose another one.');
    expect(pinFormError('48291573', '48291574')).toBe('The two PINs are not the same. Type the same PIN in both boxes.');
  });

  it('says it in Spanish too', () => {
    useTestLanguage('es');
    expect(pinFormError('48291573', '4829157')).toBe('Los dos PIN no coinciden. Escribe el mismo PIN en las dos casillas.');
  });
});
