// One alert as the parent sees it: when, how serious, what was noticed and why, the excerpts if
// the policy keeps them, and "This was a false alarm" (asked twice: it quiets this pattern from
// this contact on this site until the parent undoes it).
import { useState } from 'preact/hooks';
import type { AlertRecord } from '../protocol/messages';
import { t } from '../ui/i18n';
import { ruleText } from '../ui/rule-text';
import { errorText, type ParentApi } from './api';
import { formatDateTime } from './format';
import { categoryLabel, levelLabel } from './labels';

interface Props {
  api: ParentApi;
  alert: AlertRecord;
  marked: boolean;
  onMarked: () => void;
}

export function AlertCard({ api, alert, marked, onMarked }: Props) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const [error, setError] = useState('');

  const mark = async () => {
    setStep('busy');
    try {
      await api.call({ type: 'alert/falseAlarm', token: api.token, alertId: alert.id });
      onMarked();
    } catch (e) {
      setError(t('parent_error', errorText(e)));
    }
    setStep('idle');
  };

  return (
    <li class={`alert-card alert-card--${alert.level}`} data-testid="parent-alert">
      <div class="alert-card__top">
        <span class={`badge badge--${alert.level}`}>{levelLabel(alert.level)}</span>
        <time dateTime={new Date(alert.time).toISOString()}>{formatDateTime(alert.time)}</time>
        <span class="muted">{t('parent_alert_from', [alert.otherParty, alert.site])}</span>
      </div>
      <ul class="tags" aria-label={t('parent_alert_categories')}>
        {alert.categories.map((c) => <li key={c}>{categoryLabel(c)}</li>)}
      </ul>
      {alert.reasons.length > 0 && (
        <ul class="reasons">
          {alert.reasons.map((r) => <li key={r.ruleId}>{ruleText(r.ruleId, r.description)}</li>)}
        </ul>
      )}
      {alert.excerpts && alert.excerpts.length > 0 && (
        <div class="excerpts">
          <p class="small muted">{t('parent_alert_excerpts')}</p>
          {alert.excerpts.map((e, i) => <blockquote key={i}>{e}</blockquote>)}
        </div>
      )}
      {marked ? (
        <p class="marked" data-testid="marked-false-alarm">{t('parent_false_alarm_marked')}</p>
      ) : step === 'confirm' ? (
        <div class="confirm" role="group" aria-label={t('parent_false_alarm')}>
          <p>{t('parent_false_alarm_confirm', [alert.otherParty, alert.site])}</p>
          <button type="button" onClick={() => void mark()}>{t('parent_false_alarm_yes')}</button>
          <button type="button" class="secondary" onClick={() => setStep('idle')}>{t('parent_cancel')}</button>
        </div>
      ) : (
        <button type="button" class="secondary small" disabled={step === 'busy'} onClick={() => setStep('confirm')}>{t('parent_false_alarm')}</button>
      )}
      {error !== '' && <p class="error" role="alert">{error}</p>}
    </li>
  );
}
