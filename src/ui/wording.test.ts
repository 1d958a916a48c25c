import { describe, expect, it } from 'vitest';
import { whatWeNoticed } from './wording';

describe('whatWeNoticed', () => {
  it('names the person and what they did, in one sentence', () => {
    expect(whatWeNoticed('kai', ['age_probe', 'secrecy', 'age_probe'])).toBe(
      'kai asked how old you are and asked you to keep your chat secret.',
    );
  });

  it('falls back to "This person" when the name is unknown', () => {
    expect(whatWeNoticed('  ', ['secrecy'])).toBe('This person asked you to keep your chat secret.');
  });
});
