import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { addSuppressionFromAlert, listSuppressions, listSuppressionsForSite, removeSuppression } from './suppressions';

beforeEach(async () => {
  await db.suppressions.clear();
});

const alert = (site: string, otherParty: string, ruleIds: string[]) => ({
  site,
  otherParty,
  reasons: ruleIds.map((ruleId) => ({ ruleId, category: 'secrecy' as const, description: '' })),
});

describe('suppressions store', () => {
  it('keeps one mark per site, contact and set of rules; a different set is a new mark', async () => {
    const a = await addSuppressionFromAlert(db, alert('Discord.com', 'kai', ['b', 'a']), 1);
    expect(a).toMatchObject({ site: 'discord.com', otherParty: 'kai', ruleIds: ['a', 'b'], time: 1 });
    expect((await addSuppressionFromAlert(db, alert('discord.com', 'kai', ['a', 'b', 'a']), 2)).id).toBe(a.id);
    const other = await addSuppressionFromAlert(db, alert('discord.com', 'kai', ['a']), 3);
    expect(other.id).not.toBe(a.id);
    expect((await listSuppressions(db)).map((s) => s.id)).toEqual([other.id, a.id]);
  });

  it('merges a contact’s marks for the content script and keeps names as written', async () => {
    await addSuppressionFromAlert(db, alert('discord.com', 'kai', ['x']), 1);
    await addSuppressionFromAlert(db, alert('discord.com', 'kai', ['y', 'x']), 2);
    await addSuppressionFromAlert(db, alert('discord.com', 'Kai', ['z']), 3);
    expect(await listSuppressionsForSite(db, 'DISCORD.com')).toEqual([
      { otherParty: 'kai', ruleIds: ['x', 'y'] },
      { otherParty: 'Kai', ruleIds: ['z'] },
    ]);
  });

  it('refuses an alert without reasons and removes by id', async () => {
    await expect(addSuppressionFromAlert(db, alert('discord.com', 'kai', []))).rejects.toThrow('no reasons');
    const mark = await addSuppressionFromAlert(db, alert('discord.com', 'kai', ['x']));
    expect(await removeSuppression(db, mark.id)).toBe(true);
    expect(await removeSuppression(db, mark.id)).toBe(false);
    expect(await listSuppressions(db)).toEqual([]);
  });
});
