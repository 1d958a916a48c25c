import { t } from '../ui/i18n';
import { openExtensionPage } from './open-page';

/** No PIN yet: the parent has not finished setting up, and this is where they can. */
export function SetupNote() {
  return (
    <aside class="setup-note" data-testid="setup-note">
      <p>{t('popup_setup_note')}</p>
      <button type="button" class="button button--small" onClick={() => void openExtensionPage('/onboarding.html').catch(() => undefined)}>
        {t('popup_setup_open')}
      </button>
    </aside>
  );
}
