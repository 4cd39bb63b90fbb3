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

/** Intro on a first visit; straight into the questionnaire when there is a saved draft, a share link or #start. */
export function App() {
  const [storage] = useState(getStorage);
  const [hash] = useLocationHash();
  const [started, setStarted] = useState(() => loadWithoutDraft(storage) === undefined);
  // Once in, stay in: leaving a shared plan or clearing the hash must not bounce back to the intro.
  if (!started && opensSession(hash)) setStarted(true);

  useEffect(() => {
    if (!started) return whenIdle(() => void loadSession().catch(() => {}));
  }, [started]);

  if (!started)
    return (
      <Frame>
        <Intro onIntent={() => void loadSession().catch(() => {})} />
      </Frame>
    );
  return (
    <LoadFailureBoundary>
      <Suspense fallback={<LoadingPage>Loading the questionnaire…</LoadingPage>}>
        <Session storage={storage} />
      </Suspense>
    </LoadFailureBoundary>
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
