// The policy editor (issue "Parent policy, popup and local history"): what Heads Up watches, how
// readily it warns, what it keeps and for how long. The background validates and stores; its
// errors are shown as they come, since they name the field and the allowed values.
import { useState } from 'preact/hooks';
import type { Policy } from '../policy/policy';
import type { PolicyView } from '../protocol/messages';
import { t } from '../ui/i18n';
import { errorText, type ParentApi } from './api';
import { policyOptions } from './policy-options';
import { rowsFromTrusted, trustedFromRows, unlockedFields, type TrustedRow } from './policy-draft';
import { Choice, FieldBox, Toggle } from './PolicyFields';
import { TrustedContactsEditor } from './TrustedContactsEditor';
import { useLoad } from './use-load';

export function SettingsView({ api }: { api: ParentApi }) {
  const [loaded] = useLoad(() => api.call({ type: 'policy/get' }));
  if (loaded.state === 'loading') return <p class="muted">{t('parent_loading')}</p>;
  if (loaded.state === 'failed') return <p class="error" role="alert">{t('parent_error', loaded.error)}</p>;
  return <PolicyEditor api={api} initial={loaded.value} />;
}

function PolicyEditor({ api, initial }: { api: ParentApi; initial: PolicyView }) {
  const [view, setView] = useState(initial);
  const [draft, setDraft] = useState<Policy>(initial.policy);
  const [rows, setRows] = useState<TrustedRow[]>(() => rowsFromTrusted(initial.policy.trustedContacts));
  const [retention, setRetention] = useState(String(initial.policy.retentionDays));
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (patch: Partial<Policy>) => setDraft({ ...draft, ...patch });
  const locked = (key: keyof Policy) => view.locked.includes(key);
  const options = policyOptions();

  const save = async (event: Event) => {
    event.preventDefault();
    const days = Number(retention);
    if (retention.trim() === '' || Number.isNaN(days)) return setResult({ ok: false, text: t('parent_settings_retention_number') });
    const next: Policy = { ...draft, retentionDays: days, trustedContacts: trustedFromRows(rows) };
    setResult(null);
    try {
      const saved = await api.call({ type: 'policy/set', token: api.token, policy: unlockedFields(next, view.locked) });
      setView(saved);
      setDraft(saved.policy);
      setRows(rowsFromTrusted(saved.policy.trustedContacts));
      setRetention(String(saved.policy.retentionDays));
      setResult({ ok: true, text: t('parent_settings_saved') });
    } catch (e) {
      setResult({ ok: false, text: t('parent_settings_not_saved', errorText(e)) });
    }
  };

  return (
    <form class="settings" noValidate onSubmit={(e) => void save(e)}>
      <h2>{t('parent_tab_settings')}</h2>
      {view.locked.length > 0 && <p class="notice" data-testid="managed-notice">{t('parent_settings_managed')}</p>}
      <FieldBox title={t('parent_settings_sensitivity')} locked={locked('sensitivity')} testId="field-sensitivity">
        <Choice name="sensitivity" value={draft.sensitivity} options={options.sensitivity} onChange={(sensitivity) => set({ sensitivity })} />
      </FieldBox>
      <FieldBox title={t('parent_settings_sites')} locked={locked('watchedSites')} testId="field-watchedSites">
        <Choice name="watchedSites" value={draft.watchedSites} options={options.watchedSites} onChange={(watchedSites) => set({ watchedSites })} />
      </FieldBox>
      <FieldBox title={t('parent_settings_age')} hint={t('parent_settings_age_hint')} locked={locked('ageBand')} testId="field-ageBand">
        <Choice name="ageBand" value={draft.ageBand} options={options.ageBand} onChange={(ageBand) => set({ ageBand })} />
      </FieldBox>
      <FieldBox title={t('parent_settings_prompts')} hint={t('parent_settings_prompts_hint')} locked={locked('promptLevels')} testId="field-promptLevels">
        <Toggle label={t('parent_settings_prompt_warning')} checked={draft.promptLevels.warning} onChange={(warning) => set({ promptLevels: { ...draft.promptLevels, warning } })} />
        <Toggle label={t('parent_settings_prompt_danger')} checked={draft.promptLevels.danger} onChange={(danger) => set({ promptLevels: { ...draft.promptLevels, danger } })} />
      </FieldBox>
      <FieldBox title={t('parent_settings_confirm')} locked={locked('confirmBeforeSending')} testId="field-confirmBeforeSending">
        <Toggle label={t('parent_settings_confirm_label')} checked={draft.confirmBeforeSending} onChange={(confirmBeforeSending) => set({ confirmBeforeSending })} />
      </FieldBox>
      <FieldBox title={t('parent_settings_excerpts')} hint={t('parent_settings_excerpts_hint')} locked={locked('keepExcerpts')} testId="field-keepExcerpts">
        <Toggle label={t('parent_settings_excerpts_label')} checked={draft.keepExcerpts} onChange={(keepExcerpts) => set({ keepExcerpts })} />
      </FieldBox>
      <FieldBox title={t('parent_settings_retention')} hint={t('parent_settings_retention_hint')} locked={locked('retentionDays')} testId="field-retentionDays">
        <label class="inline">
          <input type="number" min={1} max={365} step={1} value={retention} onInput={(e) => setRetention(e.currentTarget.value)} aria-label={t('parent_settings_retention')} />
          {t('parent_settings_days')}
        </label>
      </FieldBox>
      <FieldBox title={t('parent_settings_trusted')} hint={t('parent_settings_trusted_hint')} locked={locked('trustedContacts')} testId="field-trustedContacts">
        <TrustedContactsEditor rows={rows} onChange={setRows} />
      </FieldBox>
      <div class="settings__save">
        <button type="submit">{t('parent_settings_save')}</button>
        {result && (
          <p class={result.ok ? 'saved' : 'error'} role={result.ok ? 'status' : 'alert'} data-testid="settings-result">{result.text}</p>
        )}
      </div>
    </form>
  );
}
