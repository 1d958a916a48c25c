// managed-schema.json is what Chrome checks a family's or school's values against before Heads Up
// sees them; policy.ts is what Heads Up accepts. They must agree, or Chrome would drop values
// Heads Up wants, or pass on values it ignores. A tiny checker for the schema keywords the file
// uses (type, enum, minimum, maximum, properties, additionalProperties, items) tries both sides.
import { describe, expect, it } from 'vitest';
import schema from './managed-schema.json';
import { DEFAULT_POLICY, parseField, POLICY_KEYS, type Policy } from './policy';

interface Schema {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema;
  items?: Schema;
}

function conforms(value: unknown, s: Schema): boolean {
  const typeOk =
    s.type === undefined ||
    (s.type === 'integer' ? Number.isInteger(value) : s.type === 'array' ? Array.isArray(value) : s.type === 'object' ? typeof value === 'object' && value !== null && !Array.isArray(value) : typeof value === s.type);
  if (!typeOk) return false;
  if (s.enum && !s.enum.includes(value)) return false;
  if (typeof value === 'number' && ((s.minimum !== undefined && value < s.minimum) || (s.maximum !== undefined && value > s.maximum))) return false;
  if (Array.isArray(value)) return s.items === undefined || value.every((v) => conforms(v, s.items as Schema));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).every(([k, v]) => {
      const child = s.properties?.[k] ?? s.additionalProperties;
      return child === undefined ? s.properties === undefined : conforms(v, child);
    });
  }
  return true;
}

const fieldSchema = (key: keyof Policy) => (schema.properties as Record<string, Schema>)[key] ?? {};

const SAMPLES: { [K in keyof Policy]: unknown[] } = {
  sensitivity: ['relaxed', 'balanced', 'strict', 'paranoid', 1],
  watchedSites: ['chat-sites', 'all-sites', 'none'],
  promptLevels: [{ warning: false, danger: true }, { warning: 'yes', danger: true }, []],
  confirmBeforeSending: [true, false, 'true', 0],
  keepExcerpts: [true, false, 1],
  retentionDays: [1, 30, 365, 0, 366, 7.5, '30'],
  trustedContacts: [{}, { 'discord.com': ['Mum', 'Gran'] }, { 'discord.com': 'Mum' }, { 'discord.com': [1] }],
  ageBand: ['under-13', '13-15', '16-17', '18+'],
};

describe('managed-schema.json agrees with the policy', () => {
  it('accepts every default value', () => {
    for (const key of POLICY_KEYS) expect(conforms(DEFAULT_POLICY[key], fieldSchema(key)), key).toBe(true);
  });

  it.each(POLICY_KEYS)('%s: the schema and the policy accept and refuse the same sample values', (key) => {
    for (const value of SAMPLES[key]) {
      expect(conforms(value, fieldSchema(key)), `${key} = ${JSON.stringify(value)}`).toBe(parseField(key, value).ok);
    }
  });
});
