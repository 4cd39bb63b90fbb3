import { useSyncExternalStore } from 'react';
import { onAddressChange } from './routes';

/** The URL fragment: the screen's address, or a share link carrying its answers. */
export function useLocationHash(): string {
  return useSyncExternalStore(onAddressChange, () => window.location.hash);
}
