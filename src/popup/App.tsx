import { useEffect, useState } from 'preact/hooks';
import type { AlertRecord } from '../protocol/messages';
import { sendRequest } from '../protocol/client';
import { AlertItem } from './AlertItem';
import { WHAT_TO_DO } from '../ui/wording';

type Load = { state: 'loading' } | { state: 'ready'; alerts: AlertRecord[] } | { state: 'failed'; error: string };

/** The child's view: recent warnings in kind words and what to do. The parent view follows (PIN). */
export function App() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    sendRequest({ type: 'alert/list', limit: 20 })
      .then(({ alerts }) => {
        setLoad({ state: 'ready', alerts });
        return sendRequest({ type: 'alert/markSeen' });
      })
      .catch((e: unknown) => setLoad({ state: 'failed', error: e instanceof Error ? e.message : String(e) }));
  }, []);

  return (
    <main class="popup">
      <header class="popup__header">
        <img class="popup__logo" src="/icon/48.png" alt="" width="28" height="28" />
        <h1>Heads Up</h1>
      </header>
      {load.state === 'loading' && <p class="popup__muted">Loading…</p>}
      {load.state === 'failed' && (
        <p class="popup__error" role="alert">
          Heads Up could not read its warnings ({load.error}). Try closing and opening this window.
        </p>
      )}
      {load.state === 'ready' && load.alerts.length === 0 && (
        <section data-testid="no-alerts" class="popup__empty">
          <h2>All clear</h2>
          <p>Heads Up hasn't noticed anything worrying in your chats. It keeps watching, only on this device.</p>
        </section>
      )}
      {load.state === 'ready' && load.alerts.length > 0 && (
        <section aria-labelledby="recent">
          <h2 id="recent">Recent warnings</h2>
          <ul class="popup__alerts">
            {load.alerts.map((alert) => (
              <AlertItem key={alert.id} alert={alert} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="todo" class="popup__todo">
        <h2 id="todo">If something feels wrong</h2>
        <ul>
          {WHAT_TO_DO.slice(0, 3).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      </section>
      <footer class="popup__footer">Nothing you type leaves this device.</footer>
    </main>
  );
}
