import { describe, expect, it } from 'vitest';
import { analyseMessage } from './engine';
import { normalise } from './normalise';
import { isRetold } from './reported-speech';

const categoriesOf = (text: string) => analyseMessage({ direction: 'incoming', text }).filter((r) => !r.ruleId.startsWith('learned-')).map((r) => r.category);
const retoldAt = (text: string, phrase: string) => {
  const normal = normalise(text).normal;
  return isRetold(normal, normal.indexOf(normalise(phrase).normal));
};

describe('reported speech', () => {
  it('reads a stranger retold in the past tense as retold, in the same sentence only', () => {
    expect(retoldAt('he kept asking how old i was and said hed give me 1000 robux if i sent a pic', 'give me 1000 robux')).toBe(true);
    expect(retoldAt('and then he said dont tell ur parents its our secret', 'dont tell')).toBe(true);
    expect(retoldAt('some acc w no posts saying he was 15 wanted my snap', 'wanted my snap')).toBe(true);
    expect(retoldAt('un tipo me pidio fotos y me dijo que no le dijera a nadie', 'no le dijera')).toBe(true);
    expect(retoldAt('he said hi. dont tell ur parents ok', 'dont tell')).toBe(false);
  });

  it('does not read the speaker’s own words, the present tense or a go-between as retold', () => {
    expect(retoldAt('i said dont tell ur parents', 'dont tell')).toBe(false);
    expect(retoldAt('he says ur on ur own tuesdays after school eh?', 'ur on ur own')).toBe(false);
    expect(retoldAt('my friend wants to see a pic of u', 'see a pic')).toBe(false);
  });

  it('keeps a friend’s retelling from counting as the friend’s own request', () => {
    expect(categoriesOf('and then he said dont tell ur parents its our secret')).not.toContain('secrecy');
    expect(categoriesOf('dont tell ur parents its our secret')).toContain('secrecy');
  });
});
