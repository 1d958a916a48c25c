import type { AlertRecord } from '../protocol/messages';
import { reportStepsFor } from '../help/report-steps';
import { t, uiLanguage } from '../ui/i18n';
import { categoryLabel, levelLabel, whatWeNoticed } from '../ui/wording';

function formatTime(time: number): string {
  try {
    return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(time);
  } catch {
    return new Date(time).toLocaleString();
  }
}

/** One warning in kind words, with how to block and report on the site it came from. */
export function AlertItem({ alert }: { alert: AlertRecord }) {
  const report = reportStepsFor(alert.site);
  return (
    <li data-testid="alert-item" class={`alert alert--${alert.level}`}>
      <div class="alert__top">
        <span class="alert__level">{levelLabel(alert.level)}</span>
        <time dateTime={new Date(alert.time).toISOString()}>{formatTime(alert.time)}</time>
      </div>
      <p class="alert__what">{whatWeNoticed(alert.otherParty, alert.categories)}</p>
      <p class="alert__where">
        {t('popup_alert_on')} <strong>{alert.site}</strong>
      </p>
      <ul class="alert__tags" aria-label={t('popup_alert_tags')}>
        {alert.categories.map((c) => (
          <li key={c}>{categoryLabel(c)}</li>
        ))}
      </ul>
      <details class="alert__report" data-testid="report-steps">
        <summary>{t('popup_report_how', report.app)}</summary>
        <ol>
          {report.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </details>
    </li>
  );
}
