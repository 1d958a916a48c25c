import { describe, expect, it } from 'vitest';
import type { AlertRecord } from '../protocol/messages';
import { DEFAULT_BOX, layoutTimeline, rowY } from './timeline';

const alert = (id: number, time: number, level: AlertRecord['level']): AlertRecord => ({
  id, time, level, site: 's', conversationKey: 'k', otherParty: 'p', categories: [], reasons: [], seen: false,
});

describe('timeline chart layout', () => {
  const box = { ...DEFAULT_BOX, width: 200, height: 100, left: 20, right: 0, top: 10, bottom: 10 };

  it('puts danger above warning above notice', () => {
    expect([rowY('notice', box), rowY('warning', box), rowY('danger', box)]).toEqual([90, 50, 10]);
  });

  it('spreads alerts over the time axis, oldest on the left, and joins them with a step line', () => {
    const layout = layoutTimeline([alert(2, 3000, 'danger'), alert(1, 1000, 'warning'), alert(3, 2000, 'warning')], box);
    expect(layout.points.map((p) => [p.alert.id, p.x, p.y])).toEqual([[1, 20, 50], [3, 110, 50], [2, 200, 10]]);
    expect(layout.line).toBe('M20 50 H110 V50 H200 V10');
    expect([layout.start, layout.end]).toEqual([1000, 3000]);
  });

  it('centres a single alert and draws no line', () => {
    const layout = layoutTimeline([alert(1, 5000, 'danger')], box);
    expect(layout.points.map((p) => [p.x, p.y])).toEqual([[110, 10]]);
    expect(layout.line).toBe('');
  });
});
