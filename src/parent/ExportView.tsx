// Reports per conversation, for printing or for the police: every alert of the conversation,
// not only those a filter shows.
import { t } from '../ui/i18n';
import type { ParentApi } from './api';
import { groupByConversation } from './conversations';
import { formatDateTime } from './format';
import { ReportButton } from './ReportButton';
import { useLoad } from './use-load';

export function ExportView({ api }: { api: ParentApi }) {
  const [loaded] = useLoad(() => api.call({ type: 'alert/listAll', token: api.token }));
  if (loaded.state === 'loading') return <p class="muted">{t('parent_loading')}</p>;
  if (loaded.state === 'failed') return <p class="error" role="alert">{t('parent_error', loaded.error)}</p>;
  const conversations = groupByConversation(loaded.value.alerts);

  return (
    <section>
      <h2>{t('parent_tab_export')}</h2>
      <p class="muted">{t('parent_export_intro')}</p>
      <p class="muted">{t('parent_export_police')}</p>
      {conversations.length === 0 && <p class="empty">{t('parent_alerts_none')}</p>}
      <ul class="plain-list">
        {conversations.map((c) => (
          <li key={c.id} class="row" data-testid="export-row">
            <div>
              <strong>{t('parent_conversation_with', [c.otherParties.join(', '), c.site])}</strong>
              <div class="muted small">
                {t('parent_export_row', [String(c.alerts.length), formatDateTime(c.lastTime)])}
              </div>
            </div>
            <ReportButton conversation={c} />
          </li>
        ))}
      </ul>
    </section>
  );
}
