import { t } from '../ui/i18n';
import { StepHeading } from './StepHeading';

/** What Heads Up does and does not do, before the parent commits to anything. */
export function Welcome({ onStart }: { onStart: () => void }) {
  return (
    <section data-testid="onboarding-welcome">
      <StepHeading>{t('onboarding_welcome_title')}</StepHeading>
      <p class="lead">{t('onboarding_welcome_intro')}</p>
      <div class="columns">
        <div class="card">
          <h2>{t('onboarding_does_title')}</h2>
          <ul>
            <li>{t('onboarding_does_reads')}</li>
            <li>{t('onboarding_does_notices')}</li>
            <li>{t('onboarding_does_tells_child')}</li>
          </ul>
        </div>
        <div class="card">
          <h2>{t('onboarding_not_title')}</h2>
          <ul>
            <li>{t('onboarding_not_sends')}</li>
            <li>{t('onboarding_not_outside')}</li>
            <li>{t('onboarding_not_messages')}</li>
            <li>{t('onboarding_not_spying')}</li>
          </ul>
        </div>
      </div>
      <p>{t('onboarding_welcome_time')}</p>
      <button type="button" class="primary" onClick={onStart}>
        {t('onboarding_start')}
      </button>
    </section>
  );
}
