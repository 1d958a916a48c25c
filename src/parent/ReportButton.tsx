// "Save report": the conversation's alerts as a self-contained HTML file (report.ts), saved with
// an <a download> click on a Blob URL: no downloads permission, no request.
import browser from 'webextension-polyfill';
import { t, uiLanguage } from '../ui/i18n';
import type { ConversationGroup } from './conversations';
import { downloadText } from './download';
import { buildReport, reportFileName } from './report';

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

export function saveReport(conversation: ConversationGroup, now = Date.now()): void {
  const html = buildReport({
    conversation,
    version: extensionVersion(),
    generatedAt: now,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    language: uiLanguage(),
  });
  downloadText(reportFileName(conversation, now), html);
}

export function ReportButton({ conversation }: { conversation: ConversationGroup }) {
  return (
    <button type="button" class="secondary" data-testid="save-report" onClick={() => saveReport(conversation)}>
      {t('parent_report_save')}
    </button>
  );
}
