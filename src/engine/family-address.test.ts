import { describe, expect, it } from 'vitest';
import { addressesFamily, introducesFamily } from './family-address';
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

describe('introducesFamily', () => {
  const intro = (text: string) => introducesFamily(normalise(text).normal);
  it('hears a relative introducing themselves', () => {
    expect(intro('Hi sweetie its grandma. Send me a picture 😊')).toBe(true);
    expect(intro('hola soy tu tía')).toBe(true);
    expect(intro('tell ur mom i said hi')).toBe(false);
  });
});
