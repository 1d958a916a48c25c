// The false-alarm marks, with undo. A mark keeps only rule ids; their descriptions come from the
// stored alerts while those are kept, else the rule id is shown as it is.
import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { errorText, type ParentApi } from './api';
import { formatDateTime } from './format';
import { ruleDescriptions } from './marks';
import { useLoad } from './use-load';

export function MarksView({ api }: { api: ParentApi }) {
  const [loaded, reload] = useLoad(async () => {
    const [{ suppressions }, { alerts }] = await Promise.all([
      api.call({ type: 'suppression/list', token: api.token }),
      api.call({ type: 'alert/listAll', token: api.token }),
    ]);
    return { suppressions, descriptions: ruleDescriptions(alerts) };
  });
  const [error, setError] = useState('');

  const undo = async (id: number) => {
    try {
      await api.call({ type: 'suppression/remove', token: api.token, id });
      reload();
    } catch (e) {
      setError(t('parent_error', errorText(e)));
    }
  };

  if (loaded.state === 'loading') return <p class="muted">{t('parent_loading')}</p>;
  if (loaded.state === 'failed') return <p class="error" role="alert">{t('parent_error', loaded.error)}</p>;
  const { suppressions, descriptions } = loaded.value;

  return (
    <section>
      <h2>{t('parent_tab_marks')}</h2>
      <p class="muted">{t('parent_marks_intro')}</p>
      {error !== '' && <p class="error" role="alert">{error}</p>}
      {suppressions.length === 0 && <p class="empty" data-testid="no-marks">{t('parent_marks_none')}</p>}
      <ul class="plain-list">
        {suppressions.map((s) => (
          <li key={s.id} class="row" data-testid="false-alarm-mark">
            <div>
              <strong>{t('parent_conversation_with', [s.otherParty, s.site])}</strong>
              <span class="muted small"> · {formatDateTime(s.time)}</span>
              <ul class="reasons">
                {s.ruleIds.map((id) => <li key={id}>{descriptions.get(id) ?? id}</li>)}
              </ul>
            </div>
            <button type="button" class="secondary" onClick={() => void undo(s.id)}>{t('parent_marks_undo')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
