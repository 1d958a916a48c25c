// Checks for request payloads. Whatever a sender claims, the background stores only well-formed,
// bounded values: a compromised content script must not fill the store or slip in extra fields.
import { LEVELS, type Level } from '../engine/types';
import type { AlertReason } from '../protocol/messages';

const MAX_REASONS = 50;
const MAX_EXCERPTS = 5;
const MAX_EXCERPT_LENGTH = 300;

export const isLevel = (v: unknown): v is Level => typeof v === 'string' && (LEVELS as readonly string[]).includes(v);
export const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

export function cleanReasons(value: unknown): AlertReason[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, MAX_REASONS).flatMap((r: Partial<AlertReason>) =>
    isText(r.ruleId, 100) && isText(r.category, 100) && isText(r.description, 300)
      ? [{ ruleId: r.ruleId, category: r.category, description: r.description }]
      : [],
  );
}

/** At most a few short quotes, trimmed to length: enough for a parent to understand, no more. */
export function cleanExcerpts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is string => typeof e === 'string' && e.trim() !== '')
    .slice(0, MAX_EXCERPTS)
    .map((e) => e.slice(0, MAX_EXCERPT_LENGTH));
}

/** A whole number within bounds, or the fallback. */
export function clampLimit(value: unknown, fallback: number, max: number): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : fallback;
  return Math.min(Math.max(1, n), max);
}
