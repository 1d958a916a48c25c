import { describe, expect, it } from 'vitest';
import { pinStrength } from './pin-strength';

describe('pinStrength', () => {
  it('says when a PIN is missing, too short or too long', () => {
    expect(pinStrength('')).toEqual({ level: 'empty' });
    expect(pinStrength('48213')).toEqual({ level: 'too-short' });
    expect(pinStrength('7'.repeat(65))).toEqual({ level: 'too-long' });
  });

  it.each([
    ['111111', 'repeated'],
    ['121212', 'repeated'],
    ['123123', 'repeated'],
    ['aaaaaaaa', 'repeated'],
    ['123456', 'sequence'],
    ['987654', 'sequence'],
    ['7890123', 'sequence'],
    ['112233', 'common'],
    ['Password', 'common'],
    ['150612', 'date'],
    ['12251990', 'date'],
    ['20140305', 'date'],
  ] as const)('calls %s easy to guess (%s)', (pin, problem) => {
    expect(pinStrength(pin)).toEqual({ level: 'easy', problem });
  });

  it('calls a 6- or 7-digit PIN without a pattern good, and 8 or more characters strong', () => {
    expect(pinStrength('482915')).toEqual({ level: 'good' });
    expect(pinStrength('4829157')).toEqual({ level: 'good' });
    expect(pinStrength('73914628')).toEqual({ level: 'strong' });
    expect(pinStrength('blue tiger 9')).toEqual({ level: 'strong' });
  });

  it('counts characters as the background does (NFKC)', () => {
    // Full-width digits become ASCII digits: still a sequence.
    expect(pinStrength('１２３４５６')).toEqual({ level: 'easy', problem: 'sequence' });
  });
});
