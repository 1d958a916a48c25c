// How to block and report someone in each chat app's web version, in a few short steps a child
// can follow. Menus move, so the steps name what to look for rather than exact positions, and
// every list ends by keeping the chat: a trusted adult or the police may need it. The words are
// UI text (src/locales/<lang>/help.json), read when asked for, so they follow the browser's
// language; Spanish steps name both "Denunciar" and "Reportar", as the apps use either.
import { t } from '../ui/i18n';

export type SiteId = 'discord' | 'whatsapp' | 'instagram' | 'messenger' | 'telegram' | 'snapchat' | 'roblox' | 'generic';

interface SiteSteps {
  site: SiteId;
  /** The app's name as the child knows it (null: "this site", in the child's language). */
  app: string | null;
  /** Hostnames of its web version (subdomains match too). */
  hostnames: string[];
  /** 2–4 short steps, in the browser's language. */
  steps: () => string[];
}

/** The steps for one site, ready to show. */
export interface ReportSteps {
  site: SiteId;
  app: string;
  steps: string[];
}

const keepTheChat = () => t('help_report_keep_chat');

export const REPORT_STEPS: Readonly<Record<SiteId, SiteSteps>> = {
  discord: {
    site: 'discord',
    app: 'Discord',
    hostnames: ['discord.com', 'discordapp.com'],
    steps: () => [t('help_report_discord_1'), t('help_report_discord_2'), keepTheChat()],
  },
  whatsapp: {
    site: 'whatsapp',
    app: 'WhatsApp',
    hostnames: ['web.whatsapp.com', 'whatsapp.com'],
    steps: () => [t('help_report_open_name'), t('help_report_whatsapp_2'), keepTheChat()],
  },
  instagram: {
    site: 'instagram',
    app: 'Instagram',
    hostnames: ['instagram.com'],
    steps: () => [t('help_report_instagram_1'), t('help_report_instagram_2'), t('help_report_then_block'), keepTheChat()],
  },
  messenger: {
    site: 'messenger',
    app: 'Messenger',
    hostnames: ['messenger.com', 'facebook.com'],
    steps: () => [t('help_report_messenger_1'), t('help_report_messenger_2'), keepTheChat()],
  },
  telegram: {
    site: 'telegram',
    app: 'Telegram',
    hostnames: ['web.telegram.org', 'telegram.org'],
    steps: () => [t('help_report_telegram_1'), t('help_report_telegram_2'), keepTheChat()],
  },
  snapchat: {
    site: 'snapchat',
    app: 'Snapchat',
    hostnames: ['web.snapchat.com', 'snapchat.com'],
    steps: () => [t('help_report_snapchat_1'), t('help_report_snapchat_2'), keepTheChat()],
  },
  roblox: {
    site: 'roblox',
    app: 'Roblox',
    hostnames: ['roblox.com'],
    steps: () => [t('help_report_roblox_1'), t('help_report_roblox_2'), t('help_report_roblox_3'), keepTheChat()],
  },
  generic: {
    site: 'generic',
    app: null,
    hostnames: [],
    steps: () => [t('help_report_generic_1'), t('help_report_generic_2'), keepTheChat()],
  },
};

/** The steps for the site the child is on (e.g. "web.whatsapp.com"), or the general ones. */
export function reportStepsFor(hostname: string): ReportSteps {
  const host = hostname.trim().toLowerCase().replace(/\.$/u, '');
  const match = Object.values(REPORT_STEPS).find((s) => s.hostnames.some((h) => host === h || host.endsWith(`.${h}`))) ?? REPORT_STEPS.generic;
  return { site: match.site, app: match.app ?? t('help_report_this_site'), steps: match.steps() };
}
