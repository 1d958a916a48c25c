import type { AlertRecord } from '../protocol/messages';
import { CATEGORY_LABEL, LEVEL_LABEL, whatWeNoticed } from '../ui/wording';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function AlertItem({ alert }: { alert: AlertRecord }) {
  return (
    <li data-testid="alert-item" class={`alert alert--${alert.level}`}>
      <div class="alert__top">
        <span class="alert__level">{LEVEL_LABEL[alert.level]}</span>
        <time dateTime={new Date(alert.time).toISOString()}>{timeFormat.format(alert.time)}</time>
      </div>
      <p class="alert__what">{whatWeNoticed(alert.otherParty, alert.categories)}</p>
      <p class="alert__where">
        on <strong>{alert.site}</strong>
      </p>
      <ul class="alert__tags" aria-label="What we noticed">
        {alert.categories.map((c) => (
          <li key={c}>{CATEGORY_LABEL[c]}</li>
        ))}
      </ul>
    </li>
  );
}
