// Change the PIN with the old PIN or with the recovery code ('pin/change'). From the PIN gate
// (mode "recovery") only the recovery code is offered: it also works during a lock-out, so a
// child's guessing never locks the parent out. A used recovery code is replaced, and the new
// one is shown once here.
import { useState } from 'preact/hooks';
import { PIN_MIN_LENGTH } from '../background/pin';
import { sendRequest } from '../protocol/client';
import { t } from '../ui/i18n';
import { errorText } from './api';
import { formatClock } from './format';

type Proof = 'oldPin' | 'recoveryCode';

export function ChangePinForm({ mode, onChanged }: { mode: 'any' | 'recovery'; onChanged: () => void }) {
  const [proof, setProof] = useState<Proof>(mode === 'recovery' ? 'recoveryCode' : 'oldPin');
  const [secret, setSecret] = useState('');
  const [newPin, setNewPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ recoveryCode: string | null } | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (newPin.length < PIN_MIN_LENGTH) return setError(t('parent_pin_too_short', String(PIN_MIN_LENGTH)));
    if (newPin !== repeat) return setError(t('parent_pin_mismatch'));
    setBusy(true);
    setError('');
    try {
      const result = await sendRequest(proof === 'oldPin' ? { type: 'pin/change', newPin, oldPin: secret } : { type: 'pin/change', newPin, recoveryCode: secret });
      if (result.changed) setDone({ recoveryCode: result.recoveryCode });
      else setError(result.lockedUntil === null ? t('parent_pin_change_refused') : t('parent_pin_locked', formatClock(result.lockedUntil)));
    } catch (e) {
      setError(t('parent_error', errorText(e)));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <section class="card" role="status" data-testid="pin-changed">
        <p><strong>{t('parent_pin_changed')}</strong></p>
        {done.recoveryCode !== null && (
          <p>
            {t('parent_pin_new_recovery')} <code class="recovery">{done.recoveryCode}</code>
          </p>
        )}
        <button type="button" onClick={onChanged}>{t('parent_continue')}</button>
      </section>
    );
  }

  return (
    <form class="card form" onSubmit={(e) => void submit(e)}>
      {mode === 'any' && (
        <fieldset class="choices">
          <legend>{t('parent_pin_proof')}</legend>
          <label><input type="radio" name="proof" checked={proof === 'oldPin'} onChange={() => setProof('oldPin')} /> {t('parent_pin_old')}</label>
          <label><input type="radio" name="proof" checked={proof === 'recoveryCode'} onChange={() => setProof('recoveryCode')} /> {t('parent_pin_recovery')}</label>
        </fieldset>
      )}
      <label for="pin-proof">{proof === 'oldPin' ? t('parent_pin_old') : t('parent_pin_recovery')}</label>
      <input id="pin-proof" type={proof === 'oldPin' ? 'password' : 'text'} autoComplete="off" value={secret} onInput={(e) => setSecret(e.currentTarget.value)} />
      <label for="pin-new">{t('parent_pin_new')}</label>
      <input id="pin-new" type="password" autoComplete="new-password" value={newPin} onInput={(e) => setNewPin(e.currentTarget.value)} />
      <label for="pin-repeat">{t('parent_pin_repeat')}</label>
      <input id="pin-repeat" type="password" autoComplete="new-password" value={repeat} onInput={(e) => setRepeat(e.currentTarget.value)} />
      {error !== '' && <p class="error" role="alert">{error}</p>}
      <button type="submit" disabled={busy || secret === '' || newPin === ''}>{t('parent_pin_change')}</button>
    </form>
  );
}
