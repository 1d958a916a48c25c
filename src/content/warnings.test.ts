import { describe, expect, it, vi } from 'vitest';
import type { ContentSettings, PromptedReason, Request, RequestType, Responses } from '../protocol/messages';
import type { Candidate } from './decide';
import { DEFAULT_SETTINGS } from './settings';
import { freshPrompted } from '../store/conversations';
import { Warnings, type WarningView } from './warnings';

/** A pretend background that keeps what was prompted per conversation, like the real store. */
function world(settings: ContentSettings = DEFAULT_SETTINGS) {
  const stored = new Map<string, PromptedReason[]>();
  const requests: Request[] = [];
  const shown: WarningView[] = [];
  const send = async <T extends RequestType>(request: Request<T>): Promise<Responses[T]> => {
    const r = request as unknown as Request;
    requests.push(r);
    if (r.type === 'conversation/get') return { level: 'none', prompted: stored.get(r.key) ?? [] } as Responses[T];
    if (r.type === 'conversation/prompted') {
      const known = stored.get(r.key) ?? [];
      stored.set(r.key, [...known, ...r.prompted]);
      return { stored: true, fresh: freshPrompted(known, r.prompted) } as Responses[T];
    }
    return { stored: true } as Responses[T];
  };
  const open = () => new Warnings({ settings: () => settings, show: (w) => shown.push(w), send, site: () => 'discord.com' });
  return { open, requests, shown };
}

const warning: Candidate = {
  otherParty: 'kai',
  level: 'warning',
  reasons: [
    { ruleId: 'age-probe', category: 'age_probe', description: 'Asks how old you are.' },
    { ruleId: 'flattery-trust', category: 'flattery_trust', description: 'Flatters.' },
  ],
};

describe('Warnings', () => {
  it('asks what was prompted once per conversation, then shows, records and reports', async () => {
    const w = world();
    const warnings = w.open();
    await warnings.consider('discord:1/2', warning);
    expect(w.shown).toEqual([{ level: 'warning', otherParty: 'kai', categories: ['age_probe', 'flattery_trust'], ageBand: '13-15' }]);
    expect(w.requests.map((r) => r.type)).toEqual(['conversation/get', 'conversation/prompted', 'alert/report']);
    expect(w.requests[2]).toMatchObject({ conversation: { site: 'discord.com', key: 'discord:1/2', otherParty: 'kai' }, level: 'warning' });
  });

  it('never repeats a prompt in the same page, nor after a reload', async () => {
    const w = world();
    const page = w.open();
    await page.consider('discord:1/2', warning);
    await page.consider('discord:1/2', warning);
    const reloaded = w.open();
    await reloaded.consider('discord:1/2', warning);
    expect(w.shown).toHaveLength(1);
    expect(w.requests.filter((r) => r.type === 'alert/report')).toHaveLength(1);
    // Another conversation is another story.
    await reloaded.consider('discord:1/3', warning);
    expect(w.shown).toHaveLength(2);
  });

  it('shows a prompt once when two tabs show the same chat', async () => {
    const w = world();
    const first = w.open();
    const second = w.open();
    // Both tabs learn what was prompted before either decides.
    await Promise.all([first.consider('discord:1/2', { ...warning, reasons: [] }), second.consider('discord:1/2', { ...warning, reasons: [] })]);
    await first.consider('discord:1/2', warning);
    await second.consider('discord:1/2', warning);
    expect(w.shown).toHaveLength(1);
    expect(w.requests.filter((r) => r.type === 'alert/report')).toHaveLength(1);
  });

  it('decides in order even when the background answers late', async () => {
    const w = world();
    const warnings = w.open();
    const first = warnings.consider('k', warning);
    const second = warnings.consider('k', { ...warning, level: 'danger' });
    await Promise.all([first, second]);
    expect(w.shown.map((s) => s.level)).toEqual(['warning', 'danger']);
    expect(w.requests.filter((r) => r.type === 'conversation/get')).toHaveLength(1);
  });

  it('still warns when the background cannot be reached', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const shown: WarningView[] = [];
    const warnings = new Warnings({ settings: () => DEFAULT_SETTINGS, show: (s) => shown.push(s), send: () => Promise.reject(new Error('Extension context invalidated.')), site: () => 'x' });
    await warnings.consider('k', warning);
    expect(shown).toHaveLength(1);
    vi.restoreAllMocks();
  });
});
