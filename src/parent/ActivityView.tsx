// Tamper visibility: the last start, install and update, and long gaps between starts, with an
// honest word on what they can and cannot mean (activity.ts).
import type { LifecycleEvent } from '../protocol/messages';
import { t } from '../ui/i18n';
import type { ParentApi } from './api';
import { summariseActivity } from './activity';
import { durationParts, formatDateTime } from './format';
import { useLoad } from './use-load';

function EventLine({ label, event, testId }: { label: string; event: LifecycleEvent | null; testId: string }) {
  return (
    <div class="fact" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{event ? t('parent_activity_when', [formatDateTime(event.time), event.version]) : t('parent_activity_never')}</dd>
    </div>
  );
}

function gapLength(ms: number): string {
  const { days, hours } = durationParts(ms);
  return days > 0 ? t('parent_activity_days', [String(days), String(hours)]) : t('parent_activity_hours', String(hours));
}

export function ActivityView({ api }: { api: ParentApi }) {
  const [loaded] = useLoad(() => api.call({ type: 'events/list', token: api.token }));
  if (loaded.state === 'loading') return <p class="muted">{t('parent_loading')}</p>;
  if (loaded.state === 'failed') return <p class="error" role="alert">{t('parent_error', loaded.error)}</p>;
  const summary = summariseActivity(loaded.value.events);

  return (
    <section>
      <h2>{t('parent_tab_activity')}</h2>
      <p class="muted">{t('parent_activity_intro')}</p>
      <dl class="facts card">
        <EventLine label={t('parent_activity_last_start')} event={summary.lastStart} testId="last-start" />
        <EventLine label={t('parent_activity_installed')} event={summary.lastInstall} testId="last-install" />
        <EventLine label={t('parent_activity_updated')} event={summary.lastUpdate} testId="last-update" />
      </dl>
      <h3>{t('parent_activity_gaps')}</h3>
      {summary.gaps.length === 0 ? (
        <p data-testid="no-gaps">{t('parent_activity_no_gaps')}</p>
      ) : (
        <ul class="gaps">
          {summary.gaps.map((gap) => (
            <li key={gap.from} data-testid="activity-gap">
              {t('parent_activity_gap', [formatDateTime(gap.from), formatDateTime(gap.to)])} <span class="muted">({gapLength(gap.to - gap.from)})</span>
            </li>
          ))}
        </ul>
      )}
      {summary.firstStart && <p class="muted small">{t('parent_activity_kept_since', formatDateTime(summary.firstStart.time))}</p>}
      <p class="muted small">{t('parent_activity_honest')}</p>
    </section>
  );
}
