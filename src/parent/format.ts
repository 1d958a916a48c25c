// Dates and times in the parent's language (the browser's UI language), and the <input type=date>
// values the filters use, always in local time: a parent thinks "on Tuesday", not in UTC.
import { uiLanguage } from '../ui/i18n';

const DAY_MS = 24 * 60 * 60 * 1000;

const dateTime = () => new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = () => new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' });
const timeOnly = () => new Intl.DateTimeFormat(uiLanguage(), { timeStyle: 'short' });

export const formatDateTime = (ms: number): string => dateTime().format(ms);
export const formatDate = (ms: number): string => dateOnly().format(ms);
export const formatTime = (ms: number): string => timeOnly().format(ms);
export const isSameDay = (a: number, b: number): boolean => new Date(a).toDateString() === new Date(b).toDateString();

/** "14:05" today, "3 Jul 2025, 14:05" another day: when a lock-out or session ends. */
export function formatClock(ms: number, now = Date.now()): string {
  return isSameDay(ms, now) ? timeOnly().format(ms) : dateTime().format(ms);
}

/** "3 days", "5 hours": the length of a gap in activity, in whole units. */
export function durationParts(ms: number): { days: number; hours: number } {
  const hours = Math.floor(ms / (60 * 60 * 1000));
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A time as an <input type="date"> value (local calendar day). */
export function toDateInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The first (or, with endOfDay, the last) millisecond of a local day given as YYYY-MM-DD, or null. */
export function fromDateInput(value: string, endOfDay = false): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return null;
  const start = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  if (Number.isNaN(start)) return null;
  // The next local midnight, found by date arithmetic so a daylight-saving day is still one day.
  if (!endOfDay) return start;
  const next = new Date(start + DAY_MS + 2 * 60 * 60 * 1000);
  return new Date(next.getFullYear(), next.getMonth(), next.getDate()).getTime() - 1;
}
