import browser from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { StepHeading } from './StepHeading';

/** Close this tab (it was opened by the extension, so window.close() may not be allowed). */
async function closeTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

/** The last step: how to talk about Heads Up with the child (a safety net, not spying). */
export function TalkStep() {
  const [closeFailed, setCloseFailed] = useState(false);
  return (
    <section data-testid="onboarding-talk">
      <StepHeading step={4}>{t('onboarding_talk_title')}</StepHeading>
      <p class="lead" role="status">{t('onboarding_ready')}</p>
      <ul class="advice">
        <li>{t('onboarding_talk_tell')}</li>
        <li>{t('onboarding_talk_safety_net')}</li>
        <li>{t('onboarding_talk_no_punishment')}</li>
        <li>{t('onboarding_talk_toolbar')}</li>
      </ul>
      <div class="actions">
        <a class="button" href="/parent.html">
          {t('onboarding_open_parent')}
        </a>
        <button type="button" class="primary" onClick={() => void closeTab().catch(() => setCloseFailed(true))}>
          {t('onboarding_finish')}
        </button>
      </div>
      {closeFailed && <p role="status">{t('onboarding_close_tab')}</p>}
    </section>
  );
}
