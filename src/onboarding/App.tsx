import { useEffect, useRef, useState } from 'preact/hooks';
import { sendRequest } from '../protocol/client';
import { t } from '../ui/i18n';
import { AlreadySet } from './AlreadySet';
import { PinStep } from './PinStep';
import { RecoveryStep } from './RecoveryStep';
import { setUpPin, type SetupResult } from './setup-flow';
import { SettingsStep } from './SettingsStep';
import { TalkStep } from './TalkStep';
import { Welcome } from './Welcome';

type Step = 'checking' | 'already-set' | 'welcome' | 'pin' | 'recovery' | 'settings' | 'talk' | 'failed';

/**
 * The parent's first run, opened on install: what Heads Up does, the PIN, the recovery code
 * (once), quick settings, and how to talk to the child about it. A page opened again after the
 * PIN is set only says so: the recovery code is never shown a second time.
 */
export function App() {
  const [step, setStep] = useState<Step>('checking');
  const [error, setError] = useState('');
  const setup = useRef<SetupResult | null>(null);
  useEffect(() => {
    sendRequest({ type: 'pin/status' }).then(
      (status) => setStep(status.isSet ? 'already-set' : 'welcome'),
      (e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
        setStep('failed');
      },
    );
  }, []);

  const choosePin = async (pin: string) => {
    const status = await sendRequest({ type: 'pin/status' });
    // Set meanwhile (another tab): show that instead of an error.
    if (status.isSet) return setStep('already-set');
    setup.current = await setUpPin(pin);
    setStep('recovery');
  };

  return (
    <main class="onboarding">
      <p class="brand">
        <img src="/icon/48.png" alt="" width="32" height="32" /> Heads Up
      </p>
      {step === 'checking' && <p>{t('onboarding_loading')}</p>}
      {step === 'failed' && (
        <p class="error" role="alert">
          {t('onboarding_failed', error)}
        </p>
      )}
      {step === 'already-set' && <AlreadySet />}
      {step === 'welcome' && <Welcome onStart={() => setStep('pin')} />}
      {step === 'pin' && <PinStep onSubmit={choosePin} />}
      {step === 'recovery' && setup.current && <RecoveryStep code={setup.current.recoveryCode} onContinue={() => setStep('settings')} />}
      {step === 'settings' && setup.current && <SettingsStep save={setup.current.saveSettings} onDone={() => setStep('talk')} />}
      {step === 'talk' && <TalkStep />}
      <footer class="footer">{t('onboarding_footer')}</footer>
    </main>
  );
}
