import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parsePolicy, POLICY_KEYS, type Policy } from './policy';

const valid: Policy = {
  sensitivity: 'strict',
  watchedSites: 'all-sites',
  promptLevels: { warning: false, danger: true },
  confirmBeforeSending: false,
  keepExcerpts: true,
  retentionDays: 90,
  trustedContacts: { 'discord.com': ['Mum', 'Grandad'] },
  ageBand: 'under-13',
};

describe('DEFAULT_POLICY', () => {
  it('keeps no excerpts, keeps alerts 30 days and prompts for both levels', () => {
    expect(DEFAULT_POLICY.keepExcerpts).toBe(false);
    expect(DEFAULT_POLICY.retentionDays).toBe(30);
    expect(DEFAULT_POLICY.promptLevels).toEqual({ warning: true, danger: true });
    expect(parsePolicy(DEFAULT_POLICY)).toEqual({ ok: true, policy: DEFAULT_POLICY });
  });
});

describe('parsePolicy', () => {
  it('accepts a complete valid policy', () => {
    expect(parsePolicy(valid)).toEqual({ ok: true, policy: valid });
  });

  it('fills absent fields from the base, so one field can change on its own', () => {
    const result = parsePolicy({ retentionDays: 7 }, valid);
    expect(result).toEqual({ ok: true, policy: { ...valid, retentionDays: 7 } });
  });

  it('never shares nested objects with the base', () => {
    const result = parsePolicy({}, valid);
    if (!result.ok) throw new Error(result.error);
    result.policy.trustedContacts['discord.com']?.push('Stranger');
    result.policy.promptLevels.warning = true;
    expect(valid.trustedContacts['discord.com']).toEqual(['Mum', 'Grandad']);
    expect(valid.promptLevels.warning).toBe(false);
  });

  it('refuses what is not an object', () => {
    for (const input of [null, 'strict', 3, [valid]]) expect(parsePolicy(input)).toEqual({ ok: false, error: 'the policy must be an object' });
  });

  it.each([
    [{ sensitivity: 'paranoid' }, 'sensitivity: must be one of "relaxed", "balanced", "strict" (got "paranoid")'],
    [{ watchedSites: 'some' }, 'watchedSites: must be one of "chat-sites", "all-sites" (got "some")'],
    [{ promptLevels: { warning: true } }, 'promptLevels: "warning" and "danger" must both be true or false'],
    [{ promptLevels: { warning: true, danger: true, notice: true } }, 'promptLevels: only "warning" and "danger" can be set (got "notice")'],
    [{ confirmBeforeSending: 'yes' }, 'confirmBeforeSending: must be true or false (got "yes")'],
    [{ keepExcerpts: 1 }, 'keepExcerpts: must be true or false (got 1)'],
    [{ retentionDays: 0 }, 'retentionDays: must be a whole number of days from 1 to 365 (got 0)'],
    [{ retentionDays: 366 }, 'retentionDays: must be a whole number of days from 1 to 365 (got 366)'],
    [{ retentionDays: 2.5 }, 'retentionDays: must be a whole number of days from 1 to 365 (got 2.5)'],
    [{ trustedContacts: ['Mum'] }, 'trustedContacts: must be an object of site → list of names, like { "discord.com": ["Mum"] }'],
    [{ trustedContacts: { 'not a site': ['Mum'] } }, 'trustedContacts: "not a site" is not a site name like "discord.com"'],
    [{ trustedContacts: { 'discord.com': 'Mum' } }, 'trustedContacts: the contacts for discord.com must be a list of names'],
    [{ trustedContacts: { 'discord.com': [''] } }, 'trustedContacts: each contact for discord.com must be a name of 1 to 100 characters'],
    [{ ageBand: '18+' }, 'ageBand: must be one of "under-13", "13-15", "16-17" (got "18+")'],
    [{ retentionDay: 7 }, 'unknown setting "retentionDay"'],
  ])('explains what is wrong with %j', (input, error) => {
    expect(parsePolicy(input)).toEqual({ ok: false, error });
  });

  it('reports every problem at once', () => {
    const result = parsePolicy({ sensitivity: 'x', retentionDays: -1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.split('; ')).toHaveLength(2);
  });

  it('normalises trusted sites and names', () => {
    const result = parsePolicy({ trustedContacts: { ' Discord.COM ': [' Mum ', 'Mum', 'Dad'] } });
    expect(result).toMatchObject({ ok: true, policy: { trustedContacts: { 'discord.com': ['Mum', 'Dad'] } } });
  });

  it('knows every field of the policy', () => {
    expect([...POLICY_KEYS].sort()).toEqual(Object.keys(DEFAULT_POLICY).sort());
  });
});
