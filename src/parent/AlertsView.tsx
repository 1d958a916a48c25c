// Every stored alert, by conversation, with filters; each conversation with its timeline chart.
import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import type { ParentApi } from './api';
import { AlertFilters } from './AlertFilters';
import { ConversationCard } from './ConversationCard';
import { groupByConversation } from './conversations';
import { filterAlerts, NO_FILTER, type AlertFilter } from './filters';
import { useLoad } from './use-load';

export function AlertsView({ api }: { api: ParentApi }) {
  const [loaded, reload] = useLoad(async () => {
    const [{ alerts }, { suppressions }] = await Promise.all([
      api.call({ type: 'alert/listAll', token: api.token }),
      api.call({ type: 'suppression/list', token: api.token }),
    ]);
    return { alerts, suppressions };
  });
  const [filter, setFilter] = useState<AlertFilter>({ ...NO_FILTER });

  if (loaded.state === 'loading') return <p class="muted">{t('parent_loading')}</p>;
  if (loaded.state === 'failed') return <p class="error" role="alert">{t('parent_error', loaded.error)}</p>;
  const { alerts, suppressions } = loaded.value;
  const shown = filterAlerts(alerts, filter);
  const conversations = groupByConversation(shown);

  return (
    <section>
      <h2>{t('parent_tab_alerts')}</h2>
      <p class="muted">{t('parent_alerts_intro')}</p>
      {alerts.length === 0 ? (
        <p class="empty" data-testid="parent-no-alerts">{t('parent_alerts_none')}</p>
      ) : (
        <>
          <AlertFilters alerts={alerts} filter={filter} onChange={setFilter} />
          <p class="muted" data-testid="alert-count">{t('parent_alerts_count', [String(shown.length), String(alerts.length)])}</p>
          {conversations.length === 0 && <p class="empty">{t('parent_alerts_none_match')}</p>}
          {conversations.map((c) => (
            <ConversationCard key={c.id} api={api} conversation={c} suppressions={suppressions} onMarked={reload} />
          ))}
        </>
      )}
    </section>
  );
}
