// The report a parent can print or hand to the police: one conversation's alerts as a single
// self-contained HTML file. Every piece of text is escaped (names and excerpts come from a web
// page and may contain markup); the file has no script, and its Content-Security-Policy forbids
// any, so opening it runs nothing and loads nothing.
import type { AlertRecord } from '../protocol/messages';
import { t } from '../ui/i18n';
import { ruleText } from '../ui/rule-text';
import type { ConversationGroup } from './conversations';
import { formatDateTime } from './format';
import { categoryLabel, levelLabel } from './labels';

export interface ReportInput {
  conversation: ConversationGroup;
  /** The extension's version, so a reader knows which rules produced the alerts. */
  version: string;
  generatedAt: number;
  timeZone: string;
  language: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);
}

const STYLE = `
body{font:14px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#111827;margin:24px auto;max-width:820px;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0}dt{font-weight:600}dd{margin:0}
.alert{border:1px solid #d1d5db;border-left:6px solid #f59e0b;border-radius:6px;padding:8px 12px;margin:0 0 10px;break-inside:avoid}
.alert.danger{border-left-color:#dc2626}.when{color:#374151}.level{font-weight:700}
ul{margin:4px 0;padding-left:20px}blockquote{margin:4px 0;padding:4px 10px;border-left:3px solid #9ca3af;background:#f9fafb;white-space:pre-wrap}
.note{color:#4b5563;font-size:12px}
@media print{body{margin:0;max-width:none}.alert{border-color:#9ca3af}}
`;

const text = (value: string) => escapeHtml(value);

function alertHtml(alert: AlertRecord): string {
  const reasons = alert.reasons.map((r) => `<li>${text(ruleText(r.ruleId, r.description))} <span class="note">(${text(categoryLabel(r.category))})</span></li>`).join('');
  const excerpts = (alert.excerpts ?? []).map((e) => `<blockquote>${text(e)}</blockquote>`).join('');
  return `<section class="alert ${alert.level === 'danger' ? 'danger' : ''}">
<div><span class="level">${text(levelLabel(alert.level))}</span> · <span class="when">${text(formatDateTime(alert.time))} (${text(new Date(alert.time).toISOString())})</span></div>
<div>${text(t('parent_report_from', alert.otherParty))}</div>
<div>${text(alert.categories.map(categoryLabel).join(', '))}</div>
${reasons === '' ? '' : `<ul>${reasons}</ul>`}${excerpts === '' ? '' : `<div>${text(t('parent_report_excerpts'))}</div>${excerpts}`}
</section>`;
}

export function buildReport(input: ReportInput): string {
  const { conversation: c } = input;
  const title = t('parent_report_title', [c.otherParties.join(', '), c.site]);
  const oldest = c.alerts[c.alerts.length - 1]?.time ?? 0;
  const facts: [string, string][] = [
    [t('parent_report_site'), c.site],
    [t('parent_report_thread'), c.conversationKey],
    [t('parent_report_contacts'), c.otherParties.join(', ')],
    [t('parent_report_count'), String(c.alerts.length)],
    [t('parent_report_period'), `${formatDateTime(oldest)} – ${formatDateTime(c.lastTime)}`],
    [t('parent_report_generated'), `${formatDateTime(input.generatedAt)} (${input.timeZone})`],
    [t('parent_report_version'), `Heads Up ${input.version}`],
  ];
  return `<!doctype html>
<html lang="${text(input.language)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${text(title)}</h1>
<p class="note">${text(t('parent_report_about'))}</p>
<dl>${facts.map(([k, v]) => `<dt>${text(k)}</dt><dd>${text(v)}</dd>`).join('')}</dl>
<h2>${text(t('parent_report_alerts'))}</h2>
${c.alerts.map(alertHtml).join('\n')}
<p class="note">${text(t('parent_report_footer'))}</p>
</body></html>
`;
}

/** "heads-up-report-discord.com-2025-06-30.html": only safe characters, whatever the site name. */
export function reportFileName(conversation: ConversationGroup, generatedAt: number): string {
  const site = conversation.site.replace(/[^a-z0-9.-]+/giu, '-').slice(0, 60) || 'site';
  return `heads-up-report-${site}-${new Date(generatedAt).toISOString().slice(0, 10)}.html`;
}
