// A conversation's alerts over time as a small hand-written SVG (no chart library: a few
// lines and dots, and nothing to load). Each dot has a tooltip; the chart has a text label for
// screen readers, and the alerts are listed in full below it anyway.
import type { AlertRecord } from '../protocol/messages';
import { formatDate, formatDateTime, formatTime, isSameDay } from './format';
import { levelLabel } from './labels';
import { DEFAULT_BOX, layoutTimeline } from './timeline';

export function TimelineChart({ alerts, label }: { alerts: readonly AlertRecord[]; label: string }) {
  const box = DEFAULT_BOX;
  const layout = layoutTimeline(alerts, box);
  const baseline = box.height - box.bottom;
  // Alerts of one day are labelled by the time of day, longer stretches by their dates.
  const oneDay = isSameDay(layout.start, layout.end);
  const startLabel = oneDay ? formatDateTime(layout.start) : formatDate(layout.start);
  const endLabel = oneDay ? formatTime(layout.end) : formatDate(layout.end);
  return (
    <svg class="chart" viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-label={label} data-testid="timeline-chart">
      {layout.rows.map((row) => (
        <g key={row.level}>
          <line class="chart__grid" x1={box.left} x2={box.width - box.right} y1={row.y} y2={row.y} />
          <text class="chart__label" x={box.left - 8} y={row.y + 4} text-anchor="end">{levelLabel(row.level)}</text>
        </g>
      ))}
      {layout.line !== '' && <path class="chart__line" d={layout.line} />}
      {layout.points.map((p) => (
        <circle key={p.alert.id} class={`chart__dot chart__dot--${p.alert.level}`} cx={p.x} cy={p.y} r={5}>
          <title>{`${formatDateTime(p.alert.time)}: ${levelLabel(p.alert.level)}`}</title>
        </circle>
      ))}
      <text class="chart__date" x={box.left} y={baseline + 18}>{startLabel}</text>
      {endLabel !== startLabel && layout.end !== layout.start && (
        <text class="chart__date" x={box.width - box.right} y={baseline + 18} text-anchor="end">{endLabel}</text>
      )}
    </svg>
  );
}
