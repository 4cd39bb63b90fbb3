/**
 * Whether the page is being (or has been) printed. Parts of the results page that are closed on screen (the
 * "Why?" bodies, charts not scrolled to yet) are only rendered when wanted, but paper shows everything: printing
 * renders them all. Once printed they stay rendered; taking them away again after the dialog buys nothing.
 *
 * Both signals count: `beforeprint` for the browser's print command (React flushes the update in the microtask
 * that follows the handler, before the page is laid out for paper), and the `print` media query for print
 * emulation and engines that change the media without the event.
 */
import { useSyncExternalStore } from 'react';

let printed = false;
const listeners = new Set<() => void>();
let wired = false;

function markPrinted(): void {
  if (printed) return;
  printed = true;
  for (const l of listeners) l();
}

function wire(): void {
  if (wired || typeof window === 'undefined') return;
  wired = true;
  window.addEventListener('beforeprint', markPrinted);
  if (typeof window.matchMedia === 'function') {
    const query = window.matchMedia('print');
    if (query.matches) printed = true;
    query.addEventListener?.('change', (e) => {
      if (e.matches) markPrinted();
    });
  }
}

function subscribe(listener: () => void): () => void {
  wire();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = (): boolean => printed;

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
