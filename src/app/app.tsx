import { lazy, Suspense, useEffect, useState } from 'react';
import { getStorage, loadWithoutDraft } from '@/features/wizard';
import { Frame, LoadingPage } from './frame';
import { LoadFailureBoundary } from './load-failure-boundary';
import { Intro } from './intro';
import { opensSession } from './routes';
import { useLocationHash } from './use-location-hash';

// The questionnaire (XState, react-hook-form, the catalogue) is most of the app's code: a first visit reads the
// intro while it loads. Importing it again is free, so every hint that it is wanted just calls this.
const loadSession = () => import('./session');
const Session = lazy(loadSession);

/**
 * Intro on a first visit; straight into the questionnaire when there is a saved draft, a share link or the
 * address of one of its screens. Back from the first page returns to the intro; the questionnaire stays mounted
 * behind it, so nothing typed is lost and Forward returns to it.
 */
export function App() {
  const [storage] = useState(getStorage);
  const hash = useLocationHash();
  const [beganAtIntro] = useState(
    () => loadWithoutDraft(storage) !== undefined && !opensSession(window.location.hash),
  );
  const [started, setStarted] = useState(() => !beganAtIntro);
  if (!started && opensSession(hash)) setStarted(true);
  // An address without a fragment, once the address has moved on from the one the page loaded at, is an entry
  // from before the questionnaire: the intro. (A returning visitor's own first entry is renamed at once.)
  const [loadHash] = useState(() => window.location.hash);
  const [moved, setMoved] = useState(false);
  if (!moved && hash !== loadHash) setMoved(true);
  const showIntro = !started || (hash === '' && (beganAtIntro || moved));

  useEffect(() => {
    if (!started) return whenIdle(() => void loadSession().catch(() => {}));
  }, [started]);

  return (
    <>
      {showIntro ? (
        <Frame>
          <Intro onIntent={() => void loadSession().catch(() => {})} />
        </Frame>
      ) : null}
      {started ? (
        <div hidden={showIntro}>
          <LoadFailureBoundary>
            <Suspense fallback={<LoadingPage>Loading the questionnaire…</LoadingPage>}>
              <Session storage={storage} />
            </Suspense>
          </LoadFailureBoundary>
        </div>
      ) : null}
    </>
  );
}

/** After the first paint, when the browser has nothing better to do. */
function whenIdle(task: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(task, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 500);
  return () => clearTimeout(id);
}
