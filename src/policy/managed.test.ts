import { describe, expect, it } from 'vitest';
import schema from './managed-schema.json';
import { mergeManaged } from './managed';
import { DEFAULT_POLICY, POLICY_KEYS } from './policy';

describe('mergeManaged', () => {
  it('lets managed values win and reports them as locked', () => {
    const merged = mergeManaged({ ...DEFAULT_POLICY, retentionDays: 90 }, { sensitivity: 'strict', retentionDays: 14 });
    expect(merged.policy).toEqual({ ...DEFAULT_POLICY, sensitivity: 'strict', retentionDays: 14 });
    expect(merged.locked.sort()).toEqual(['retentionDays', 'sensitivity']);
    expect(merged.rejected).toEqual([]);
  });

  it('ignores invalid or unknown managed values, keeping the parent’s choice', () => {
    const merged = mergeManaged(DEFAULT_POLICY, { sensitivity: 'paranoid', somethingElse: true, keepExcerpts: true });
    expect(merged.policy).toEqual({ ...DEFAULT_POLICY, keepExcerpts: true });
    expect(merged.locked).toEqual(['keepExcerpts']);
    expect(merged.rejected).toEqual(['sensitivity: must be one of "relaxed", "balanced", "strict" (got "paranoid")']);
  });

  it('locks nothing when there is no managed storage', () => {
    for (const managed of [undefined, null, {}, 'text', []]) {
      expect(mergeManaged(DEFAULT_POLICY, managed)).toEqual({ policy: DEFAULT_POLICY, locked: [], rejected: [] });
    }
  });
});

describe('managed-schema.json', () => {
  it('declares exactly the policy fields, as Chrome requires (object at the top, no additionalProperties)', () => {
    expect(schema.type).toBe('object');
    expect('additionalProperties' in schema).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('allows the same values as the policy', () => {
    expect(schema.properties.sensitivity.enum).toEqual(['relaxed', 'balanced', 'strict']);
    expect(schema.properties.watchedSites.enum).toEqual(['chat-sites', 'all-sites']);
    expect(schema.properties.ageBand.enum).toEqual(['under-13', '13-15', '16-17']);
    expect([schema.properties.retentionDays.minimum, schema.properties.retentionDays.maximum]).toEqual([1, 365]);
  });
});
