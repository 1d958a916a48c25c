import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { pinFormError } from './pin-form';
import { PIN_MAX_LENGTH, pinStrength } from './pin-strength';
import { PinStrengthHint } from './PinStrengthHint';
import { StepHeading } from './StepHeading';

/** Choose the parent PIN: typed twice, with a strength hint; the PIN is sent to the background only. */
export function PinStep({ onSubmit }: { onSubmit: (pin: string) => Promise<void> }) {
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [show, setShow] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const problem = pinFormError(pin, repeat);
    setError(problem);
    if (problem || busy) return;
    setBusy(true);
    try {
      await onSubmit(pin);
    } catch (e) {
      setError(t('onboarding_pin_error_save', e instanceof Error ? e.message : String(e)));
      setBusy(false);
    }
  };
  const type = show ? 'text' : 'password';

  return (
    <section data-testid="onboarding-pin">
      <StepHeading step={1}>{t('onboarding_pin_title')}</StepHeading>
      <p>{t('onboarding_pin_intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label for="pin">{t('onboarding_pin_label')}</label>
        <p id="pin-help" class="field-help">{t('onboarding_pin_help')}</p>
        <input id="pin" type={type} autocomplete="new-password" maxLength={PIN_MAX_LENGTH} value={pin} aria-describedby="pin-help pin-strength"
          aria-invalid={error !== null && pinFormError(pin, pin) !== null} onInput={(e) => setPin(e.currentTarget.value)} />
        <PinStrengthHint strength={pinStrength(pin)} />
        <label for="pin-repeat">{t('onboarding_pin_repeat_label')}</label>
        <input id="pin-repeat" type={type} autocomplete="new-password" maxLength={PIN_MAX_LENGTH} value={repeat}
          aria-invalid={error !== null && pin !== repeat} onInput={(e) => setRepeat(e.currentTarget.value)} />
        <label class="check">
          <input type="checkbox" checked={show} onChange={(e) => setShow(e.currentTarget.checked)} /> {t('onboarding_pin_show')}
        </label>
        <ul class="tips">
          <li>{t('onboarding_pin_tip_phone')}</li>
          <li>{t('onboarding_pin_tip_dates')}</li>
        </ul>
        {error && (
          <p class="error" role="alert" data-testid="pin-error">
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('onboarding_pin_saving') : t('onboarding_pin_submit')}
        </button>
      </form>
    </section>
  );
}
