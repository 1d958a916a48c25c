import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/policy';
import { isMarkedFalseAlarm } from './marks';
import { rowsFromTrusted, trustedFromRows, unlockedFields } from './policy-draft';

describe('policy draft', () => {
  it('edits trusted contacts as rows and back, dropping blank rows and lines', () => {
    const rows = rowsFromTrusted({ 'discord.com': ['Mum', 'Gran'] });
    expect(rows).toEqual([{ site: 'discord.com', names: 'Mum\nGran' }]);
    expect(trustedFromRows([...rows, { site: ' ', names: '\n' }, { site: 'whatsapp.com ', names: ' Dad \r\n\nAunt Jo' }])).toEqual({
      'discord.com': ['Mum', 'Gran'],
      'whatsapp.com': ['Dad', 'Aunt Jo'],
    });
  });

  it('sends only the fields the browser policy has not locked', () => {
    const sent = unlockedFields({ ...DEFAULT_POLICY, sensitivity: 'strict' }, ['sensitivity', 'keepExcerpts']);
    expect(Object.keys(sent).sort()).toEqual(['ageBand', 'confirmBeforeSending', 'promptLevels', 'retentionDays', 'trustedContacts', 'watchedSites']);
  });
});

describe('false-alarm marks on alerts', () => {
  const alert = { id: 1, time: 0, site: 'Discord.com', conversationKey: 'k', otherParty: 'kai', level: 'warning' as const, categories: [], seen: false,
    reasons: [{ ruleId: 'a', category: 'secrecy' as const, description: '' }, { ruleId: 'b', category: 'secrecy' as const, description: '' }] };
  const mark = (ruleIds: string[], otherParty = 'kai', site = 'discord.com') => ({ id: 1, site, otherParty, ruleIds, time: 0 });

  it('count an alert as marked when all its rules are quiet for its contact on its site', () => {
    expect(isMarkedFalseAlarm(alert, [mark(['a', 'b'])])).toBe(true);
    expect(isMarkedFalseAlarm(alert, [mark(['a']), mark(['b'])])).toBe(true);
    expect(isMarkedFalseAlarm(alert, [mark(['a'])])).toBe(false);
    expect(isMarkedFalseAlarm(alert, [mark(['a', 'b'], 'sam')])).toBe(false);
    expect(isMarkedFalseAlarm(alert, [mark(['a', 'b'], 'kai', 'other.example')])).toBe(false);
    expect(isMarkedFalseAlarm({ ...alert, reasons: [] }, [mark(['a'])])).toBe(false);
  });
});
