import { describe, expect, it } from 'vitest';
import { REPORT_STEPS, reportStepsFor, type SiteId } from './report-steps';

const SITES: SiteId[] = ['discord', 'whatsapp', 'instagram', 'messenger', 'telegram', 'snapchat', 'roblox', 'generic'];

describe('block-and-report steps', () => {
  it('has 2 to 4 short steps for every site, and a fallback', () => {
    expect(Object.keys(REPORT_STEPS).sort()).toEqual([...SITES].sort());
    for (const site of SITES) {
      const { steps } = REPORT_STEPS[site];
      expect(steps.length, site).toBeGreaterThanOrEqual(2);
      expect(steps.length, site).toBeLessThanOrEqual(4);
      for (const step of steps) expect(step.length, `${site}: ${step}`).toBeLessThanOrEqual(100);
      expect(steps.join(' '), site).toMatch(/Block/u);
    }
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
    expect(reportStepsFor('chat.example').site).toBe('generic');
    expect(reportStepsFor('notdiscord.com').site).toBe('generic');
    expect(reportStepsFor('').site).toBe('generic');
  });
});
