import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import './updates.css';

/** How often an open page asks whether a new version was deployed, besides every time it is shown again. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

function UpdatePrompt({ onReload, onLater }: { onReload: () => void; onLater: () => void }) {
  const [reloading, setReloading] = useState(false);
  return (
    <div className="update-prompt notice">
      <p>
        <strong>A new version of Scopewise is ready.</strong> Reload to use it; your answers are kept.
      </p>
      <button
        type="button"
        className="primary small"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          onReload();
        }}
      >
        {reloading ? 'Reloading…' : 'Reload'}
      </button>
      <button type="button" className="secondary small" onClick={onLater}>
        Later
      </button>
    </div>
  );
}

/**
 * Registers the service worker and offers each new version as soon as it is waiting. A reload alone never swaps
 * the version under an open page: the new worker waits until told to take over, then every open Scopewise tab
 * reloads onto it (vite-plugin-pwa's prompt flow: workbox-window's `waiting` event, `messageSkipWaiting`, a
 * reload on `controlling`). The draft is in storage, written with every change, so a reload loses nothing; a
 * tab holding something unsaved asks first (beforeunload). Loaded after the page's load event, off the first load.
 */
export function watchForUpdates(): void {
  // The live region exists before anything is said in it, so screen readers announce the prompt.
  const host = document.createElement('div');
  host.setAttribute('role', 'status');
  host.className = 'update-host';
  document.body.append(host);
  const root = createRoot(host);

  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh() {
      root.render(
        <UpdatePrompt
          onReload={() => {
            void updateServiceWorker(true);
            // Should the new worker never take control (another tab refused, the browser is odd), reload anyway:
            // the prompt comes back rather than the button doing nothing.
            setTimeout(() => window.location.reload(), 4000);
          }}
          onLater={() => root.render(null)}
        />,
      );
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        if (document.visibilityState === 'visible' && navigator.onLine)
          registration.update().catch(() => {
            // Offline or the host is down: the next check tries again.
          });
      };
      setInterval(check, CHECK_EVERY_MS);
      document.addEventListener('visibilitychange', check);
      // A link made by a newer version says to look for the update: look at once.
      window.addEventListener('hashchange', check);
    },
    onRegisterError() {
      // Offline support is an extra: a browser that refuses it (private mode, file://) still runs the app.
    },
  });
}
