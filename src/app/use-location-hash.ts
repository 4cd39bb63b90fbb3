import { useCallback, useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The URL fragment, which is where share links carry their answers; `clear` drops it without a reload. */
export function useLocationHash(): [string, () => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const clear = useCallback(() => {
    history.replaceState(null, '', window.location.pathname + window.location.search);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }, []);
  return [hash, clear];
}
