import { describe, expect, it } from 'vitest';
import type { AlertRecord } from '../protocol/messages';
import { groupByConversation } from './conversations';
import { buildReport, escapeHtml, reportFileName } from './report';

const T = Date.UTC(2025, 5, 30, 12);
const alerts: AlertRecord[] = [
  {
    id: 1, time: T, site: 'discord.com', conversationKey: 'dm/<1>', otherParty: '<img src=x onerror=alert(1)>', level: 'danger',
    categories: ['secrecy', 'photo_request'], seen: true,
    reasons: [{ ruleId: 'secrecy', category: 'secrecy', description: 'Asks you to keep the chat secret.' }],
    excerpts: ['</blockquote><script>alert("x")</script>', "don't tell & delete"],
  },
  { id: 2, time: T - 3_600_000, site: 'discord.com', conversationKey: 'dm/<1>', otherParty: '<img src=x onerror=alert(1)>', level: 'warning', categories: ['age_probe'], seen: true, reasons: [] },
];
const conversation = groupByConversation(alerts)[0];
if (!conversation) throw new Error('no conversation');
const html = buildReport({ conversation, version: '0.1.0', generatedAt: T + 60_000, timeZone: 'Europe/Madrid', language: 'en' });

describe('the HTML report', () => {
  it('escapes every piece of text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/blockquote&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('don&#39;t tell &amp; delete');
  });

  it('has no script and forbids any by its Content-Security-Policy', () => {
    const tags = html.toLowerCase().match(/<[a-z!/][^>]*>/gu) ?? [];
    expect(tags.filter((tag) => /^<(script|img|iframe|object|embed|link|a)\b|\son[a-z]+=|javascript:/u.test(tag))).toEqual([]);
    expect(tags.length).toBeGreaterThan(20);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('names the conversation, the version, the time zone and every alert with its reasons', () => {
    expect(html).toContain('Heads Up 0.1.0');
    expect(html).toContain('Europe/Madrid');
    expect(html).toContain('dm/&lt;1&gt;');
    expect(html.match(/<section class="alert/gu)).toHaveLength(2);
    expect(html).toContain('Asks you to keep the chat secret or to hide it from your parents.');
    expect(html).toContain('2025-06-30T12:00:00.000Z');
    expect(html).toContain('@media print');
  });

  it('gets a safe file name', () => {
    expect(reportFileName({ ...conversation, site: '../../etc/x y' }, T)).toBe('heads-up-report-..-..-etc-x-y-2025-06-30.html');
    expect(reportFileName(conversation, T)).toBe('heads-up-report-discord.com-2025-06-30.html');
  });
});
