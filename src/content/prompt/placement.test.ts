import { describe, expect, it } from 'vitest';
import { MARGIN, MIN_HEIGHT, placeAwayFrom, placeJustAbove } from './placement';

const box = (top: number, bottom: number) => ({ top, bottom, width: 600, height: bottom - top });

describe('placeAwayFrom', () => {
  it('stops above a message box at the bottom of the window', () => {
    const place = placeAwayFrom(box(700, 760), 800);
    expect(place).toEqual({ top: MARGIN, maxHeight: 700 - 2 * MARGIN });
  });

  it('still clears the box at 200 % zoom (half the CSS pixels)', () => {
    const place = placeAwayFrom(box(330, 390), 400);
    expect(place).toEqual({ top: MARGIN, maxHeight: 330 - 2 * MARGIN });
    expect(place.maxHeight).toBeGreaterThanOrEqual(MIN_HEIGHT);
  });

  it('goes below a box in the upper half of the window', () => {
    expect(placeAwayFrom(box(40, 100), 800)).toEqual({ top: 100 + MARGIN, maxHeight: 800 - 100 - 2 * MARGIN });
  });

  it('uses the whole window when there is no box, or it is hidden or scrolled away', () => {
    for (const field of [null, { top: 0, bottom: 0, width: 0, height: 0 }, box(900, 960), box(-100, -40)]) {
      expect(placeAwayFrom(field, 800)).toEqual({ top: MARGIN, maxHeight: 800 - 2 * MARGIN });
    }
  });

  it('puts "are you sure?" just above a box at the bottom, never over it', () => {
    expect(placeJustAbove(box(700, 760), 800)).toEqual({ bottom: 800 - 700 + MARGIN, maxHeight: 700 - 2 * MARGIN });
    expect(placeJustAbove(box(40, 100), 800)).toEqual(placeAwayFrom(box(40, 100), 800));
    expect(placeJustAbove(null, 800)).toEqual(placeAwayFrom(null, 800));
  });
});
