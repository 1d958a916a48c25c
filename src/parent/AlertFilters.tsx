// The filter bar above the alerts: menus offer only values that occur in the stored alerts.
import type { Category, Level } from '../engine/types';
import type { AlertRecord } from '../protocol/messages';
import { t } from '../ui/i18n';
import { filterChoices, isFiltered, NO_FILTER, type AlertFilter } from './filters';
import { categoryLabel, levelLabel } from './labels';

interface Props {
  alerts: readonly AlertRecord[];
  filter: AlertFilter;
  onChange: (filter: AlertFilter) => void;
}

const LEVEL_CHOICES: Level[] = ['warning', 'danger'];

export function AlertFilters({ alerts, filter, onChange }: Props) {
  const choices = filterChoices(alerts);
  const set = (patch: Partial<AlertFilter>) => onChange({ ...filter, ...patch });
  const any = <option value="">{t('parent_filter_any')}</option>;

  return (
    <form class="filters" aria-label={t('parent_filters')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('parent_filter_site')}
        <select value={filter.site} onChange={(e) => set({ site: e.currentTarget.value })}>
          {any}
          {choices.sites.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label>
        {t('parent_filter_contact')}
        <select value={filter.contact} onChange={(e) => set({ contact: e.currentTarget.value })}>
          {any}
          {choices.contacts.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <label>
        {t('parent_filter_level')}
        <select value={filter.level} onChange={(e) => set({ level: e.currentTarget.value as Level | '' })}>
          {any}
          {LEVEL_CHOICES.map((l) => <option key={l} value={l}>{levelLabel(l)}</option>)}
        </select>
      </label>
      <label>
        {t('parent_filter_category')}
        <select value={filter.category} onChange={(e) => set({ category: e.currentTarget.value as Category | '' })}>
          {any}
          {choices.categories.map((c) => <option key={c} value={c}>{categoryLabel(c)}</option>)}
        </select>
      </label>
      <label>
        {t('parent_filter_from')}
        <input type="date" value={filter.from} onInput={(e) => set({ from: e.currentTarget.value })} />
      </label>
      <label>
        {t('parent_filter_to')}
        <input type="date" value={filter.to} onInput={(e) => set({ to: e.currentTarget.value })} />
      </label>
      {isFiltered(filter) && (
        <button type="button" class="secondary" onClick={() => onChange({ ...NO_FILTER })}>{t('parent_filter_clear')}</button>
      )}
    </form>
  );
}
