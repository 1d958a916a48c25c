// The alert filters of the parent view: site, contact, level, category and a date range. Pure,
// so the filtering is tested without a browser.
import type { Category, Level } from '../engine/types';
import type { AlertRecord } from '../protocol/messages';
import { fromDateInput } from './format';

export interface AlertFilter {
  /** '' means any. */
  site: string;
  contact: string;
  level: '' | Level;
  category: '' | Category;
  /** <input type="date"> values (local days, inclusive), '' for open-ended. */
  from: string;
  to: string;
}

export const NO_FILTER: Readonly<AlertFilter> = Object.freeze({ site: '', contact: '', level: '', category: '', from: '', to: '' });

export function filterAlerts(alerts: readonly AlertRecord[], filter: Readonly<AlertFilter>): AlertRecord[] {
  const from = fromDateInput(filter.from);
  const to = fromDateInput(filter.to, true);
  return alerts.filter(
    (a) =>
      (filter.site === '' || a.site === filter.site) &&
      (filter.contact === '' || a.otherParty === filter.contact) &&
      (filter.level === '' || a.level === filter.level) &&
      (filter.category === '' || a.categories.includes(filter.category)) &&
      (from === null || a.time >= from) &&
      (to === null || a.time <= to),
  );
}

export const isFiltered = (filter: Readonly<AlertFilter>): boolean => Object.values(filter).some((v) => v !== '');

/** The values the filter menus offer: only those that occur in the stored alerts, sorted. */
export function filterChoices(alerts: readonly AlertRecord[]): { sites: string[]; contacts: string[]; categories: Category[] } {
  const sorted = <T extends string>(values: Iterable<T>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return {
    sites: sorted(alerts.map((a) => a.site)),
    contacts: sorted(alerts.map((a) => a.otherParty)),
    categories: sorted(alerts.flatMap((a) => a.categories)),
  };
}
