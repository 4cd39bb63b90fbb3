import { useEffect, useRef, useState } from 'react';
import { loadValidation, loadWithoutDraft, WizardActor, type LoadResult } from '@/features/wizard';
import { afterNextPaint } from '@/components/ui/after-next-paint';
import { LoadingPage } from './frame';
import { screenOf } from './routes';
import { Shell } from './shell';

/** The saved draft, opening at the screen the address names if it names one (a reload, a bookmark, a link). */
const startAt = (boot: LoadResult) => {
  const asked = screenOf(window.location.hash);
  return asked ? { ...boot.draft, step: asked } : (boot.draft ?? {});
};

/**
 * The questionnaire and everything after it, loaded after the intro (see app.tsx). Reads the saved draft once,
 * before the wizard starts, so a reload resumes at the exact step. Without a draft it starts at once; a saved
 * draft is validated first, which waits for the validation chunk.
 */
export default function Session({ storage }: { storage: Storage | null }) {
  const [boot, setBoot] = useState(() => loadWithoutDraft(storage));
  const [loadError, setLoadError] = useState<unknown>(null);
  const reading = useRef(false);

  useEffect(() => {
    if (boot) {
      // Once the first page is on screen: the first keystroke or "Next" needs it, and the user is still reading.
      afterNextPaint(() => void loadValidation().catch(setLoadError));
      return;
    }
    if (reading.current) return;
    reading.current = true;
    loadValidation().then(({ loadDraft }) => setBoot(loadDraft(storage)), setLoadError);
  }, [boot, storage]);

  // Thrown while rendering so the app's LoadFailureBoundary explains it.
  if (loadError) throw loadError;
  if (!boot) return <LoadingPage>Opening your saved draft…</LoadingPage>;
  return (
    <WizardActor.Provider options={{ input: startAt(boot) }}>
      <Shell storage={storage} boot={boot} />
    </WizardActor.Provider>
  );
}
