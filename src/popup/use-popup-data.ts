import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '../protocol/client';
import type { AlertRecord } from '../protocol/messages';

export type AlertsLoad = { state: 'loading' } | { state: 'ready'; alerts: AlertRecord[] } | { state: 'failed'; error: string };

/** How many warnings the popup lists: enough for the last few days, short enough to read. */
const LIST_LIMIT = 10;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The recent warnings (then marked seen, which clears the badge) and whether a parent set a PIN. */
export function usePopupData(): { alerts: AlertsLoad; pinSet: boolean | null } {
  const [alerts, setAlerts] = useState<AlertsLoad>({ state: 'loading' });
  const [pinSet, setPinSet] = useState<boolean | null>(null);
  useEffect(() => {
    sendRequest({ type: 'alert/list', limit: LIST_LIMIT })
      .then(
        ({ alerts: list }) => {
          setAlerts({ state: 'ready', alerts: list });
          // The badge stays until the next time if this fails; the list is shown either way.
          sendRequest({ type: 'alert/markSeen' }).catch(() => undefined);
        },
        (e: unknown) => setAlerts({ state: 'failed', error: message(e) }),
      );
    // Unknown (null) if it cannot be read: then the setup note stays hidden rather than guess.
    sendRequest({ type: 'pin/status' })
      .then((status) => setPinSet(status.isSet))
      .catch(() => setPinSet(null));
  }, []);
  return { alerts, pinSet };
}
