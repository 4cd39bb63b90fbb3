import { lazy, Suspense } from 'react';
import { isShareFragment } from '@/features/share/model/tag';
import { useAutosave, WizardActor, type LoadResult } from '@/features/wizard';
import { useLocationHash } from './use-location-hash';
import { Workspace } from './workspace';

// In two steps: the answers schema first, then the engine and the plan view. Imported together, their modules
// would all be evaluated in one main-thread task, too long on a phone.
const SharedRoute = lazy(() => import('@/domain/answers').then(() => import('./shared-route')));

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

  if (isShareFragment(hash)) {
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
