import { t } from '../ui/i18n';
import { pinStrength } from './pin-strength';

/** Why the PIN form cannot be sent yet (in the UI language), or null when it can. */
export function pinFormError(pin: string, repeat: string): string | null {
  const strength = pinStrength(pin);
  if (strength.level === 'empty' || strength.level === 'too-short') return t('onboarding_pin_error_short');
  if (strength.level === 'too-long') return t('onboarding_pin_strength_long');
  // The first guesses a child would make are refused, not just discouraged: the background
  // allows 5 free guesses before it locks (src/background/pin.ts).
  if (strength.level === 'easy') return t('onboarding_pin_error_easy');
  if (pin !== repeat) return t('onboarding_pin_error_mismatch');
  return null;
}
