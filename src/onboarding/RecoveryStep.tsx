import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { StepHeading } from './StepHeading';

/**
 * The recovery code, shown this once (the background keeps only its hash). The parent confirms
 * they kept it before going on; copy and print are offered, never required.
 */
export function RecoveryStep({ code, onContinue }: { code: string; onContinue: () => void }) {
  const [kept, setKept] = useState(false);
  const [error, setError] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = () => {
    navigator.clipboard.writeText(code).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  const next = () => {
    if (kept) onContinue();
    else setError(true);
  };

  return (
    <section data-testid="onboarding-recovery" class="recovery">
      <StepHeading step={2}>{t('onboarding_recovery_title')}</StepHeading>
      <p>{t('onboarding_recovery_intro')}</p>
      <p class="recovery__code" data-testid="recovery-code" aria-label={t('onboarding_recovery_code_label')}>
        {code}
      </p>
      <p class="recovery__print-note">{t('onboarding_recovery_print_note')}</p>
      <div class="actions no-print">
        <button type="button" onClick={copy}>
          {t('onboarding_recovery_copy')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('onboarding_recovery_print')}
        </button>
        <span aria-live="polite" class="status">
          {copied === 'yes' && t('onboarding_recovery_copied')}
          {copied === 'failed' && t('onboarding_recovery_copy_failed')}
        </span>
      </div>
      <p class="no-print">{t('onboarding_recovery_where')}</p>
      <label class="check no-print">
        <input type="checkbox" data-testid="recovery-kept" checked={kept} onChange={(e) => { setKept(e.currentTarget.checked); setError(false); }} />{' '}
        {t('onboarding_recovery_kept')}
      </label>
      {error && (
        <p class="error no-print" role="alert">
          {t('onboarding_recovery_error')}
        </p>
      )}
      <button type="button" class="primary no-print" onClick={next}>
        {t('onboarding_continue')}
      </button>
    </section>
  );
}
