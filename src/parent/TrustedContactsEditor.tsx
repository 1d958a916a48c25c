// Trusted contacts per site: people the child may chat with without prompts (a grandparent, a
// teacher). A site is a hostname like discord.com; names are the display names shown in the chat.
import { t } from '../ui/i18n';
import type { TrustedRow } from './policy-draft';

export function TrustedContactsEditor({ rows, onChange }: { rows: TrustedRow[]; onChange: (rows: TrustedRow[]) => void }) {
  const update = (index: number, patch: Partial<TrustedRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div class="trusted">
      {rows.length === 0 && <p class="muted small">{t('parent_trusted_none')}</p>}
      {rows.map((row, index) => (
        <div key={index} class="trusted__row">
          <label>
            {t('parent_trusted_site')}
            <input type="text" placeholder="discord.com" value={row.site} onInput={(e) => update(index, { site: e.currentTarget.value })} />
          </label>
          <label>
            {t('parent_trusted_names')}
            <textarea rows={2} value={row.names} onInput={(e) => update(index, { names: e.currentTarget.value })} />
          </label>
          <button type="button" class="secondary small" onClick={() => onChange(rows.filter((_, i) => i !== index))}>{t('parent_trusted_remove')}</button>
        </div>
      ))}
      <button type="button" class="secondary small" onClick={() => onChange([...rows, { site: '', names: '' }])}>{t('parent_trusted_add')}</button>
    </div>
  );
}
