import { lazy, Suspense, useEffect, useState } from 'react';
import { useAutosave, WizardActor, type LoadResult } from '@/features/wizard';
import { useLocationHash } from './use-location-hash';
import { Workspace } from './workspace';

const SharedRoute = lazy(() => import('./shared-route'));

/**
 * Telling a share link from any other fragment needs the share module, which brings the link codec and its
 * deflate code; most visits have no fragment at all, so it is fetched only when there is one.
 */
type ShareLinkModule = typeof import('@/features/share/model/share-link');
let shareLink: ShareLinkModule | null = null;
const loadShareLink = () =>
  import('@/features/share/model/share-link').then((m) => {
    shareLink = m;
    return m;
  });

function useShareLink(needed: boolean): ShareLinkModule | null {
  const [mod, setMod] = useState(shareLink);
  useEffect(() => {
    if (mod || !needed) return;
    let live = true;
    void loadShareLink().then((m) => {
      if (live) setMod(m);
    });
    return () => {
      live = false;
    };
  }, [mod, needed]);
  return mod;
}

interface Props {
  storage: Storage | null;
  loadProblem: LoadResult['problem'];
}

/**
 * Autosave lives here, above both screens, so an import from a shared link is saved like any other change;
 * merely opening a link changes nothing, because autosave only writes after the draft changes.
 */
export function Shell({ storage, loadProblem }: Props) {
  const actor = WizardActor.useActorRef();
  const status = useAutosave(actor, storage);
  const [hash, clearHash] = useLocationHash();
  const share = useShareLink(hash !== '');
  // Only a page opened with a fragment waits for the check; an open workspace is never swapped for a spinner.
  const [openedWithHash] = useState(hash !== '');
  const deciding = share === null && openedWithHash && hash !== '';

  if (deciding) return <p className="loading">Opening the shared plan…</p>;
  if (share?.isShareFragment(hash)) {
    return (
      <Suspense fallback={<p className="loading">Opening the shared plan…</p>}>
        <SharedRoute
          fragment={hash}
          onKeep={(answers, then) => {
            actor.send({ type: 'answers.import', answers, then });
            clearHash();
          }}
          onLeave={clearHash}
          onStartNew={() => {
            actor.send({ type: 'draft.startOver' });
            clearHash();
          }}
        />
      </Suspense>
    );
  }
  return <Workspace status={status} loadProblem={loadProblem} />;
}
