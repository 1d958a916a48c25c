// One conversation: who and where, its timeline chart, a report to save, and its alerts.
import type { Suppression } from '../protocol/messages';
import { t } from '../ui/i18n';
import type { ParentApi } from './api';
import { AlertCard } from './AlertCard';
import type { ConversationGroup } from './conversations';
import { levelLabel } from './labels';
import { isMarkedFalseAlarm } from './marks';
import { ReportButton } from './ReportButton';
import { TimelineChart } from './TimelineChart';

interface Props {
  api: ParentApi;
  conversation: ConversationGroup;
  suppressions: readonly Suppression[];
  onMarked: () => void;
}

export function ConversationCard({ api, conversation: c, suppressions, onMarked }: Props) {
  return (
    <article class="conversation" data-testid="conversation">
      <header class="conversation__head">
        <div>
          <h3>{t('parent_conversation_with', [c.otherParties.join(', '), c.site])}</h3>
          <p class="muted small">
            {t('parent_conversation_summary', [String(c.alerts.length), levelLabel(c.highest)])} · <span class="mono">{c.conversationKey}</span>
          </p>
        </div>
        <ReportButton conversation={c} />
      </header>
      <TimelineChart alerts={c.alerts} label={t('parent_chart_label', c.otherParties.join(', '))} />
      <ol class="alerts">
        {c.alerts.map((alert) => (
          <AlertCard key={alert.id} api={api} alert={alert} marked={isMarkedFalseAlarm(alert, suppressions)} onMarked={onMarked} />
        ))}
      </ol>
    </article>
  );
}
