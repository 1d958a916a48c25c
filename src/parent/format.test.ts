import { describe, expect, it } from 'vitest';
import { durationParts, formatClock, fromDateInput, toDateInput } from './format';

describe('dates for the parent view', () => {
  it('round-trips local days through <input type="date"> values', () => {
    const noon = new Date(2025, 2, 30, 12).getTime();
    expect(toDateInput(noon)).toBe('2025-03-30');
    expect(fromDateInput('2025-03-30')).toBe(new Date(2025, 2, 30).getTime());
    expect(fromDateInput('2025-03-30', true)).toBe(new Date(2025, 2, 31).getTime() - 1);
    expect(fromDateInput('')).toBeNull();
    expect(fromDateInput('30/03/2025')).toBeNull();
  });

  it('shows only the time for today, and the date too for another day', () => {
    const now = new Date(2025, 5, 30, 14, 0).getTime();
    const today = formatClock(new Date(2025, 5, 30, 14, 5).getTime(), now);
    expect(today).toMatch(/^2:05\sPM$/u);
    expect(formatClock(new Date(2025, 6, 1, 0, 5).getTime(), now)).toContain('2025');
  });

  it('splits a gap into days and hours', () => {
    expect(durationParts((3 * 24 + 5) * 3_600_000 + 59_000)).toEqual({ days: 3, hours: 5 });
  });
});
