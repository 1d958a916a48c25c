// Load something from the background when a section opens, with a reload for after a change.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorText } from './api';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: string };

export function useLoad<T>(load: () => Promise<T>): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    load()
      .then((value) => current && setLoaded({ state: 'ready', value }))
      .catch((error: unknown) => current && setLoaded({ state: 'failed', error: errorText(error) }));
    return () => {
      current = false;
    };
    // `load` is a new function on every render; only `round` asks for a fresh load.
  }, [round]);
  return [loaded, useCallback(() => setRound((r) => r + 1), [])];
}
