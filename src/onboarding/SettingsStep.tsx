import { useEffect, useState } from 'preact/hooks';
import type { AgeBand, Policy, Sensitivity } from '../policy/policy';
import { sendRequest } from '../protocol/client';
import { t } from '../ui/i18n';
import { StepHeading } from './StepHeading';

type Choices = Pick<Policy, 'ageBand' | 'sensitivity'>;

const AGE_BANDS: { value: AgeBand; label: () => string }[] = [
  { value: 'under-13', label: () => t('onboarding_age_under_13') },
  { value: '13-15', label: () => t('onboarding_age_13_15') },
  { value: '16-17', label: () => t('onboarding_age_16_17') },
];

const SENSITIVITIES: { value: Sensitivity; label: () => string; help: () => string }[] = [
  { value: 'relaxed', label: () => t('onboarding_sensitivity_relaxed'), help: () => t('onboarding_sensitivity_relaxed_help') },
  { value: 'balanced', label: () => t('onboarding_sensitivity_balanced'), help: () => t('onboarding_sensitivity_balanced_help') },
  { value: 'strict', label: () => t('onboarding_sensitivity_strict'), help: () => t('onboarding_sensitivity_strict_help') },
];

/** The child's age band and how readily Heads Up warns, saved with the parent session from setup. */
export function SettingsStep({ save, onDone }: { save: (choices: Choices) => Promise<void>; onDone: () => void }) {
  const [choices, setChoices] = useState<Choices | null>(null);
  const [locked, setLocked] = useState<(keyof Policy)[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    sendRequest({ type: 'policy/get' }).then(
      ({ policy, locked: lockedFields }) => {
        setChoices({ ageBand: policy.ageBand, sensitivity: policy.sensitivity });
        setLocked(lockedFields);
      },
      (e: unknown) => setError(t('onboarding_settings_error', e instanceof Error ? e.message : String(e))),
    );
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!choices || busy) return;
    setBusy(true);
    try {
      // Fields the browser policy locked are not sent: the background would refuse a change.
      await save(Object.fromEntries(Object.entries(choices).filter(([key]) => !locked.includes(key as keyof Policy))) as Choices);
      onDone();
    } catch (e) {
      setError(t('onboarding_settings_error', e instanceof Error ? e.message : String(e)));
      setBusy(false);
    }
  };

  return (
    <section data-testid="onboarding-settings">
      <StepHeading step={3}>{t('onboarding_settings_title')}</StepHeading>
      <p>{t('onboarding_settings_intro')}</p>
      {choices && (
        <form onSubmit={(e) => void submit(e)}>
          <fieldset disabled={locked.includes('ageBand')}>
            <legend>{t('onboarding_age_legend')}</legend>
            {AGE_BANDS.map((band) => (
              <label key={band.value} class="choice">
                <input type="radio" name="ageBand" value={band.value} checked={choices.ageBand === band.value}
                  onChange={() => setChoices({ ...choices, ageBand: band.value })} />{' '}
                {band.label()}
              </label>
            ))}
            {locked.includes('ageBand') && <p class="field-help">{t('onboarding_locked')}</p>}
          </fieldset>
          <fieldset disabled={locked.includes('sensitivity')}>
            <legend>{t('onboarding_sensitivity_legend')}</legend>
            {SENSITIVITIES.map((option) => (
              <label key={option.value} class="choice">
                <input type="radio" name="sensitivity" value={option.value} checked={choices.sensitivity === option.value}
                  aria-describedby={`sensitivity-${option.value}`} onChange={() => setChoices({ ...choices, sensitivity: option.value })} />{' '}
                <strong>{option.label()}</strong>
                <span id={`sensitivity-${option.value}`} class="choice__help">{option.help()}</span>
              </label>
            ))}
            {locked.includes('sensitivity') && <p class="field-help">{t('onboarding_locked')}</p>}
          </fieldset>
          <button type="submit" class="primary" disabled={busy}>
            {t('onboarding_settings_save')}
          </button>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
