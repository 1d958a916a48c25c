// The PIN gate. Wrong guesses are throttled by the background (5 free tries, then 1 minute, then
// longer: background/pin.ts); this page says how many tries are left, and during a lock-out says
// plainly until when, and opens the form again by itself when the lock ends.
import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '../protocol/client';
import type { ParentSession } from '../protocol/messages';
import { t } from '../ui/i18n';
import { errorText } from './api';
import { ChangePinForm } from './ChangePinForm';
import { formatClock } from './format';

interface PinStatus {
  isSet: boolean;
  lockedUntil: number | null;
}

export function PinGate({ notice, onVerified }: { notice: string; onVerified: (session: ParentSession) => void }) {
  const [status, setStatus] = useState<PinStatus | null>(null);
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [recovering, setRecovering] = useState(false);

  useEffect(() => {
    sendRequest({ type: 'pin/status' })
      .then(setStatus)
      .catch((e: unknown) => setMessage(t('parent_error', errorText(e))));
  }, []);

  const lockedUntil = status?.lockedUntil ?? null;
  useEffect(() => {
    if (lockedUntil === null) return undefined;
    // A little after the background's own lock ends, so the first try is not refused.
    const timer = setTimeout(() => {
      setStatus((s) => (s ? { ...s, lockedUntil: null } : s));
      setMessage('');
    }, Math.max(0, lockedUntil - Date.now()) + 300);
    return () => clearTimeout(timer);
  }, [lockedUntil]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || pin === '') return;
    setBusy(true);
    try {
      const result = await sendRequest({ type: 'pin/verify', pin });
      setPin('');
      if (result.verified) return onVerified(result.session);
      setStatus({ isSet: true, lockedUntil: result.lockedUntil });
      setMessage(result.lockedUntil === null ? t('parent_pin_wrong', String(result.triesBeforeLock)) : '');
    } catch (e) {
      setMessage(t('parent_error', errorText(e)));
    } finally {
      setBusy(false);
    }
  };

  if (recovering) {
    return (
      <main class="gate">
        <h1>{t('parent_recover_title')}</h1>
        <ChangePinForm mode="recovery" onChanged={() => setRecovering(false)} />
        <button type="button" class="link" onClick={() => setRecovering(false)}>{t('parent_back_to_pin')}</button>
      </main>
    );
  }

  return (
    <main class="gate">
      <img class="gate__logo" src="/icon/128.png" alt="" width="56" height="56" />
      <h1>{t('parent_title')}</h1>
      {notice !== '' && <p class="gate__notice" role="status">{notice}</p>}
      {status === null && message === '' && <p class="muted">{t('parent_loading')}</p>}
      {status !== null && !status.isSet && (
        <section class="gate__setup">
          <p>{t('parent_pin_not_set')}</p>
          <a class="button" href="/onboarding.html">{t('parent_pin_set_up')}</a>
        </section>
      )}
      {status?.isSet && (
        <form class="gate__form" onSubmit={(e) => void submit(e)}>
          <p>{t('parent_pin_intro')}</p>
          {lockedUntil !== null && (
            <p class="gate__locked" role="alert" data-testid="pin-locked">
              <strong>{t('parent_pin_locked', formatClock(lockedUntil))}</strong> {t('parent_pin_locked_why')}
            </p>
          )}
          <label for="pin">{t('parent_pin_label')}</label>
          <input id="pin" type="password" inputMode="numeric" autoComplete="current-password" autoFocus value={pin} disabled={lockedUntil !== null} onInput={(e) => setPin(e.currentTarget.value)} />
          <button type="submit" disabled={busy || lockedUntil !== null || pin === ''}>{t('parent_pin_open')}</button>
          {message !== '' && <p class="gate__message" role="alert" data-testid="pin-message">{message}</p>}
          <button type="button" class="link" onClick={() => setRecovering(true)}>{t('parent_pin_forgot')}</button>
        </form>
      )}
    </main>
  );
}
