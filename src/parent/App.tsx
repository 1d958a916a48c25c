// The parent page: the PIN first, then the parent view for the length of the session. When the
// session ends (10 minutes after the PIN, or a new PIN), the page asks for the PIN again.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ParentSession } from '../protocol/messages';
import { t } from '../ui/i18n';
import { parentApi } from './api';
import { ParentView } from './ParentView';
import { PinGate } from './PinGate';
import { clearSession, loadSession, saveSession } from './session';

export function App() {
  const [session, setSession] = useState<ParentSession | null>(() => loadSession());
  const [notice, setNotice] = useState('');

  const end = (message: string) => {
    clearSession();
    setSession(null);
    setNotice(message);
  };

  // Back to the PIN when the session runs out, even if the parent does nothing.
  useEffect(() => {
    if (!session) return undefined;
    const timer = setTimeout(() => end(t('parent_session_ended')), Math.max(0, session.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [session]);

  const api = useMemo(() => (session ? parentApi(session.token, () => end(t('parent_session_ended'))) : null), [session]);

  if (!session || !api) {
    return (
      <PinGate
        notice={notice}
        onVerified={(verified) => {
          saveSession(verified);
          setNotice('');
          setSession(verified);
        }}
      />
    );
  }
  return <ParentView api={api} expiresAt={session.expiresAt} onLock={() => end(t('parent_locked_by_parent'))} onPinChanged={() => end(t('parent_pin_changed_sign_in'))} />;
}
