import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../store/db';
import { ask, contentScript, extensionPage, freshWorld, type TestWorld } from './test-helpers';
import { handleRequest } from './handlers';

const KEY = 'discord:1100/1200';
const kai = (category: string, level: string) => ({ otherParty: 'kai', category, level });

describe('conversation handlers', () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await freshWorld();
  });

  it('knows nothing about a conversation that was never prompted', async () => {
    expect(await ask(world, { type: 'conversation/get', key: KEY }, contentScript())).toEqual({ level: 'none', prompted: [] });
  });

  it('remembers what was prompted, so a reload can skip it', async () => {
    await ask(world, { type: 'conversation/prompted', key: KEY, prompted: [kai('age_probe', 'warning'), kai('flattery_trust', 'warning')] }, contentScript());
    expect(await ask(world, { type: 'conversation/get', key: KEY }, contentScript())).toEqual({
      level: 'warning',
      prompted: [
        { otherParty: 'kai', category: 'age_probe', level: 'warning' },
        { otherParty: 'kai', category: 'flattery_trust', level: 'warning' },
      ],
    });
  });

  it('keeps one entry per reason at its highest level', async () => {
    await ask(world, { type: 'conversation/prompted', key: KEY, prompted: [kai('secrecy', 'danger')] }, contentScript());
    await ask(world, { type: 'conversation/prompted', key: KEY, prompted: [kai('secrecy', 'warning'), kai('age_probe', 'warning')] }, contentScript());
    const { prompted, level } = await ask(world, { type: 'conversation/get', key: KEY }, contentScript());
    expect(level).toBe('danger');
    expect(prompted).toEqual([
      { otherParty: 'kai', category: 'secrecy', level: 'danger' },
      { otherParty: 'kai', category: 'age_probe', level: 'warning' },
    ]);
  });

  it('takes the site from the sender tab, never from the payload', async () => {
    await ask(world, { type: 'conversation/prompted', key: KEY, site: 'evil.example', prompted: [kai('age_probe', 'warning')] }, contentScript('https://discord.com/channels/1100/1200'));
    expect(await db.conversations.get(['discord.com', KEY])).toMatchObject({ prompted: [kai('age_probe', 'warning')] });
    expect(await db.conversations.get(['evil.example', KEY])).toBeUndefined();
    // Another site's script asking for the same key sees nothing.
    expect(await ask(world, { type: 'conversation/get', key: KEY }, contentScript('https://web.whatsapp.com/'))).toEqual({ level: 'none', prompted: [] });
  });

  it('drops malformed reasons and refuses malformed keys', async () => {
    const reply = await ask(world, { type: 'conversation/prompted', key: KEY, prompted: [{ otherParty: 'kai', category: 'nonsense', level: 'warning' }, kai('age_probe', 'panic'), null, 'x'] }, contentScript());
    expect(reply).toEqual({ stored: false, fresh: [] });
    await expect(ask(world, { type: 'conversation/get', key: 42 }, contentScript())).rejects.toThrow('malformed conversation key');
    await expect(ask(world, { type: 'conversation/get', key: 'x'.repeat(3000) }, contentScript())).rejects.toThrow('malformed conversation key');
  });

  it('is not accepted from extension pages or other extensions', async () => {
    expect(await handleRequest({ type: 'conversation/get', key: KEY }, extensionPage())).toMatchObject({ ok: false });
    expect(await handleRequest({ type: 'conversation/prompted', key: KEY, prompted: [kai('age_probe', 'warning')] }, { id: 'someone-else', url: 'https://discord.com/' })).toMatchObject({ ok: false });
  });

  it('says which reasons were new, so a second tab with the same chat does not prompt again', async () => {
    const first = await ask(world, { type: 'conversation/prompted', key: KEY, prompted: [kai('age_probe', 'warning')] }, contentScript());
    const again = await ask(world, { type: 'conversation/prompted', key: KEY, prompted: [kai('age_probe', 'warning')] }, contentScript());
    const higher = await ask(world, { type: 'conversation/prompted', key: KEY, prompted: [kai('age_probe', 'danger')] }, contentScript());
    expect([first.fresh, again.fresh, higher.fresh]).toEqual([[kai('age_probe', 'warning')], [], [kai('age_probe', 'danger')]]);
  });

  it('keeps what was prompted when an alert for the conversation is stored afterwards', async () => {
    await ask(world, { type: 'conversation/prompted', key: KEY, prompted: [kai('age_probe', 'warning')] }, contentScript());
    const report = { type: 'alert/report' as const, conversation: { site: 'discord.com', key: KEY, otherParty: 'kai' }, level: 'warning', reasons: [{ ruleId: 'age-probe', category: 'age_probe', description: 'Asks how old you are.' }] };
    await ask(world, report, contentScript());
    expect(await ask(world, { type: 'conversation/get', key: KEY }, contentScript())).toEqual({ level: 'warning', prompted: [kai('age_probe', 'warning')] });
  });
});
