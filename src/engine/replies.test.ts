// What a short reply gives away depends on what it answers (replies.ts).
import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';
import { agreementIn } from './replies';
import type { Category } from './types';

const reply = (text: string, ...answered: Category[]) => agreementIn(normalise(text).normal, new Set(answered));

describe('agreementIn', () => {
  it('reads "ok" after a secret or a meeting as agreeing', () => {
    expect(reply('ok', 'secrecy')).toBe('agrees_to_secrecy');
    expect(reply('dale', 'meeting_request')).toBe('agrees_to_meet');
    expect(reply('ok')).toBeUndefined();
  });

  it('reads a time or a day given back to a meeting as agreeing, and "ok" to a meeting kept secret as agreeing to meet', () => {
    for (const answer of ['maybe at 2', '4?', 'sat works', 'a las 5', 'ok tomorrow']) expect(reply(answer, 'meeting_request'), answer).toBe('agrees_to_meet');
    expect(reply('ok', 'meeting_request', 'secrecy')).toBe('agrees_to_meet');
    expect(reply('no im busy', 'meeting_request')).toBeUndefined();
  });

  it('reads an age or a school year right after the age question as telling it', () => {
    for (const answer of ['13 nan!!', '12 casi 13', 'year 8', 'class 7', 'gr 7', 'sexto', '2 de la eso', '2011', 'ya 14', '13 from ohio', 'primer año'])
      expect(reply(answer, 'age_probe'), answer).toBe('discloses_age');
  });

  it('does not read numbers that are not ages, dodges, or answers to other questions', () => {
    for (const answer of ['10 min', 'nah not telling', 'why', '30', 'lol idk']) expect(reply(answer, 'age_probe'), answer).toBeUndefined();
    expect(reply('13 nan!!', 'photo_request')).toBeUndefined();
  });
});
