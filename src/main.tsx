import { lazy, startTransition, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { isFramed } from './app/framed';
import './app/styles.css';

const framed = isFramed();
const FramedNotice = lazy(() => import('./app/framed-notice'));

// As a transition, the first render yields to the browser every few milliseconds instead of blocking a slow
// phone's main thread for the whole tree at once.
startTransition(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {framed ? (
        <Suspense>
          <FramedNotice />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
});

// The service worker (generated at build time, see vite.config.ts) makes the app work offline after the first
// visit, and offers new versions as they are deployed (src/app/updates.tsx). Registered from the app bundle rather
// than an injected inline script, which the Content-Security-Policy forbids; from a chunk of its own, once the page
// has loaded and the browser is idle, so it never competes with the questionnaire's own chunk for the first screen.
if (import.meta.env.PROD && !framed && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(watch, { timeout: 5000 });
    else setTimeout(watch, 1000);
  });
}

function watch() {
  import('./app/updates').then(
    (m) => m.watchForUpdates(),
    () => {
      // Offline support is an extra: if its code cannot load, the app still runs.
    },
  );
}
