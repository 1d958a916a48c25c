// The geometry of a conversation's timeline chart: each alert a dot at its time (x) and level
// (y), joined by a step line (the level holds until the next alert). Pure numbers, so the
// drawing (TimelineChart.tsx, hand-written SVG) stays simple and the layout is tested.
import type { Level } from '../engine/types';
import type { AlertRecord } from '../protocol/messages';

/** The rows, bottom to top. Only warnings and serious warnings are stored; notice gives the scale a floor. */
export const CHART_LEVELS: readonly Level[] = ['notice', 'warning', 'danger'];

export interface ChartBox {
  width: number;
  height: number;
  /** Room on the left for the level names and below for the dates. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const DEFAULT_BOX: ChartBox = { width: 560, height: 120, left: 92, right: 14, top: 12, bottom: 26 };

export interface ChartPoint {
  x: number;
  y: number;
  alert: AlertRecord;
}

export interface ChartLayout {
  points: ChartPoint[];
  /** SVG path data of the step line, '' for fewer than two points. */
  line: string;
  rows: { level: Level; y: number }[];
  start: number;
  end: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function rowY(level: Level, box: ChartBox = DEFAULT_BOX): number {
  const index = Math.max(0, CHART_LEVELS.indexOf(level));
  const step = (box.height - box.top - box.bottom) / (CHART_LEVELS.length - 1);
  return round(box.height - box.bottom - index * step);
}

export function layoutTimeline(alerts: readonly AlertRecord[], box: ChartBox = DEFAULT_BOX): ChartLayout {
  const sorted = [...alerts].sort((a, b) => a.time - b.time || a.id - b.id);
  const start = sorted[0]?.time ?? 0;
  const end = sorted[sorted.length - 1]?.time ?? 0;
  const span = end - start;
  const innerWidth = box.width - box.left - box.right;
  // One alert, or several at the same moment, sit in the middle rather than on the axis.
  const xOf = (time: number) => round(box.left + (span === 0 ? innerWidth / 2 : ((time - start) / span) * innerWidth));
  const points = sorted.map((alert) => ({ x: xOf(alert.time), y: rowY(alert.level, box), alert }));
  const line = points.length < 2 ? '' : points.map((p, i) => (i === 0 ? `M${p.x} ${p.y}` : `H${p.x} V${p.y}`)).join(' ');
  return { points, line, rows: CHART_LEVELS.map((level) => ({ level, y: rowY(level, box) })), start, end };
}
