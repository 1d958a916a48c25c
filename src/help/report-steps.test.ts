import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_STEPS, reportStepsFor, type SiteId } from './report-steps';
import { useTestLanguage } from './test-language';

const SITES: SiteId[] = ['discord', 'whatsapp', 'instagram', 'messenger', 'telegram', 'snapchat', 'roblox', 'generic'];

afterEach(() => useTestLanguage('en'));

describe('block-and-report steps', () => {
  it.each([
    ['en', /Block/u],
    ['es', /Bloquear/u],
  ] as const)('has 2 to 4 short steps for every site, and a fallback (%s)', (language, block) => {
    useTestLanguage(language);
    expect(Object.keys(REPORT_STEPS).sort()).toEqual([...SITES].sort());
    for (const site of SITES) {
      const steps = REPORT_STEPS[site].steps();
      expect(steps.length, site).toBeGreaterThanOrEqual(2);
      expect(steps.length, site).toBeLessThanOrEqual(4);
      for (const step of steps) {
        expect(step.length, `${site}: ${step}`).toBeLessThanOrEqual(100);
        // A key the locale files lack would show as the key itself.
        expect(step, site).not.toMatch(/^help_/u);
      }
      expect(steps.join(' '), site).toMatch(block);
    }
  });

  it('words the steps in the browser’s language, at the time they are asked for', () => {
    expect(reportStepsFor('discord.com').steps[1]).toContain('“Block”');
    useTestLanguage('es');
    expect(reportStepsFor('discord.com')).toMatchObject({ app: 'Discord', steps: expect.arrayContaining([expect.stringContaining('«Bloquear»')]) });
    expect(reportStepsFor('chat.example').app).toBe('esta página');
  });

  it.each([
    ['discord.com', 'discord'],
    ['ptb.discord.com', 'discord'],
    ['web.whatsapp.com', 'whatsapp'],
    ['www.instagram.com', 'instagram'],
    ['www.messenger.com', 'messenger'],
    ['www.facebook.com', 'messenger'],
    ['web.telegram.org', 'telegram'],
    ['web.snapchat.com', 'snapchat'],
    ['www.roblox.com', 'roblox'],
    ['WWW.ROBLOX.COM.', 'roblox'],
  ])('knows %s', (hostname, site) => {
    expect(reportStepsFor(hostname).site).toBe(site);
  });

  it('gives the general steps elsewhere, and does not match look-alike sites', () => {
    expect(reportStepsFor('chat.example')).toMatchObject({ site: 'generic', app: 'this site' });
    expect(reportStepsFor('notdiscord.com').site).toBe('generic');
    expect(reportStepsFor('').site).toBe('generic');
  });
});
