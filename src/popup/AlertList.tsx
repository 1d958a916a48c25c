import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { AlertItem } from './AlertItem';
import { latestPerConversation } from './latest-per-conversation';
import type { AlertsLoad } from './use-popup-data';

/** Three conversations fit the popup without hiding the help below. */
export const FIRST_SHOWN = 3;

/** Recent warnings (the newest first, more on request), or a calm "all clear". */
export function AlertList({ load }: { load: AlertsLoad }) {
  const [showAll, setShowAll] = useState(false);
  if (load.state === 'loading') return <p class="popup__muted">{t('popup_loading')}</p>;
  if (load.state === 'failed')
    return (
      <p class="popup__error" role="alert">
        {t('popup_load_failed', load.error)}
      </p>
    );
  if (load.alerts.length === 0)
    return (
      <section data-testid="no-alerts" class="popup__empty">
        <h2>{t('popup_all_clear_title')}</h2>
        <p>{t('popup_all_clear_text')}</p>
      </section>
    );
  // One card per conversation: a chat that rose three times is one thing that happened to the child.
  const conversations = latestPerConversation(load.alerts);
  const shown = showAll ? conversations : conversations.slice(0, FIRST_SHOWN);
  const hidden = conversations.length - shown.length;
  return (
    <section aria-labelledby="recent">
      <h2 id="recent">{t('popup_recent_title')}</h2>
      <p class="popup__muted popup__reassure">{t('popup_recent_reassure')}</p>
      <ul class="popup__alerts">
        {shown.map((alert) => (
          <AlertItem key={alert.id} alert={alert} />
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" class="button button--small popup__more" data-testid="show-all-alerts" onClick={() => setShowAll(true)}>
          {t('popup_show_all', String(conversations.length))}
        </button>
      )}
    </section>
  );
}
