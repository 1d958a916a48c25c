import { t } from '../ui/i18n';
import type { PinStrength } from './pin-strength';

function describe(strength: PinStrength): string {
  switch (strength.level) {
    case 'empty':
      return t('onboarding_pin_strength_empty');
    case 'too-short':
      return t('onboarding_pin_strength_short');
    case 'too-long':
      return t('onboarding_pin_strength_long');
    case 'good':
      return t('onboarding_pin_strength_good');
    case 'strong':
      return t('onboarding_pin_strength_strong');
    case 'easy':
      if (strength.problem === 'date') return t('onboarding_pin_easy_date');
      if (strength.problem === 'sequence') return t('onboarding_pin_easy_sequence');
      if (strength.problem === 'repeated') return t('onboarding_pin_easy_repeated');
      return t('onboarding_pin_easy_common');
  }
}

/** The live strength line under the PIN field; polite, so it does not interrupt typing. */
export function PinStrengthHint({ strength }: { strength: PinStrength }) {
  return (
    <p id="pin-strength" class={`strength strength--${strength.level}`} aria-live="polite" data-testid="pin-strength">
      {describe(strength)}
    </p>
  );
}
