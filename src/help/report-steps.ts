// How to block and report someone in each chat app's web version, in a few short steps a child
// can follow. Menus move, so the steps name what to look for rather than exact positions, and
// every list ends by keeping the chat: a trusted adult or the police may need it.

export type SiteId = 'discord' | 'whatsapp' | 'instagram' | 'messenger' | 'telegram' | 'snapchat' | 'roblox' | 'generic';

export interface ReportSteps {
  site: SiteId;
  /** The app's name as the child knows it. */
  app: string;
  /** Hostnames of its web version (subdomains match too). */
  hostnames: string[];
  /** 2–4 short steps. */
  steps: string[];
}

const KEEP_THE_CHAT = 'Don’t delete the chat, and don’t send them anything. Show it to a grown-up you trust.';

export const REPORT_STEPS: Readonly<Record<SiteId, ReportSteps>> = {
  discord: {
    site: 'discord',
    app: 'Discord',
    hostnames: ['discord.com', 'discordapp.com'],
    steps: [
      'Right-click a message that worried you and choose “Report Message”.',
      'Click their name, then the ⋯ button on their profile, and choose “Block”.',
      KEEP_THE_CHAT,
    ],
  },
  whatsapp: {
    site: 'whatsapp',
    app: 'WhatsApp',
    hostnames: ['web.whatsapp.com', 'whatsapp.com'],
    steps: ['Open the chat and click their name at the top.', 'Scroll down and click “Report”, then “Block”.', KEEP_THE_CHAT],
  },
  instagram: {
    site: 'instagram',
    app: 'Instagram',
    hostnames: ['instagram.com'],
    steps: ['Open the chat and click the ⓘ button at the top right.', 'Click “Report” and follow the steps.', 'Then click “Block”.', KEEP_THE_CHAT],
  },
  messenger: {
    site: 'messenger',
    app: 'Messenger',
    hostnames: ['messenger.com', 'facebook.com'],
    steps: ['Open the chat and click their name or the ⓘ button at the top.', 'Open “Privacy & support”, then choose “Report” and “Block”.', KEEP_THE_CHAT],
  },
  telegram: {
    site: 'telegram',
    app: 'Telegram',
    hostnames: ['web.telegram.org', 'telegram.org'],
    steps: ['Open the chat and click the ⋮ menu at the top right.', 'Choose “Report” if you see it, then “Block user”.', KEEP_THE_CHAT],
  },
  snapchat: {
    site: 'snapchat',
    app: 'Snapchat',
    hostnames: ['web.snapchat.com', 'snapchat.com'],
    steps: ['In the chat, click their name or the ⋯ menu next to it.', 'Choose “Report” and follow the steps, then choose “Block”.', KEEP_THE_CHAT],
  },
  roblox: {
    site: 'roblox',
    app: 'Roblox',
    hostnames: ['roblox.com'],
    steps: [
      'Go to their profile page.',
      'Click the ⋯ button at the top of the profile and choose “Block User”.',
      'In a game, open the game menu (☰ or the Roblox logo) and use “Report”.',
      KEEP_THE_CHAT,
    ],
  },
  generic: {
    site: 'generic',
    app: 'this site',
    hostnames: [],
    steps: ['Look for their name, or a ⋯ or ⋮ menu next to the chat.', 'Choose “Block”, and “Report” if there is one.', KEEP_THE_CHAT],
  },
};

/** The steps for the site the child is on (e.g. "web.whatsapp.com"), or the general ones. */
export function reportStepsFor(hostname: string): ReportSteps {
  const host = hostname.trim().toLowerCase().replace(/\.$/u, '');
  const match = Object.values(REPORT_STEPS).find((s) => s.hostnames.some((h) => host === h || host.endsWith(`.${h}`)));
  return match ?? REPORT_STEPS.generic;
}
