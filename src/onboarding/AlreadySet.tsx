import { t } from '../ui/i18n';
import { StepHeading } from './StepHeading';

/** A PIN exists already: setup is done, and the recovery code is never shown again. */
export function AlreadySet() {
  return (
    <section data-testid="onboarding-already-set">
      <StepHeading>{t('onboarding_already_title')}</StepHeading>
      <p>{t('onboarding_already_text')}</p>
      <p>{t('onboarding_already_forgot')}</p>
      <a class="primary" href="/parent.html">
        {t('onboarding_open_parent')}
      </a>
    </section>
  );
}
