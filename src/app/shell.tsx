import { lazy, Suspense } from 'react';
import { isShareFragment } from '@/features/share';
import { useDraftPersistence, WizardActor, type LoadResult } from '@/features/wizard';
import { hashOf, navigate, type Screen } from './routes';
import { useAddressSync } from './use-address-sync';
import { useLocationHash } from './use-location-hash';
import { Workspace } from './workspace';

// In two steps: the answers schema first, then the engine and the plan view. Imported together, their modules
// would all be evaluated in one main-thread task, too long on a phone.
const SharedRoute = lazy(() => import('@/domain/answers').then(() => import('./shared-route')));

interface Props {
  storage: Storage | null;
  boot: LoadResult;
}

/**
 * Persistence lives here, above both screens, so an import from a shared link is saved like any other change;
 * merely opening a link changes nothing, because the draft is only written after it changes. Leaving a shared
 * plan (to a copy of it, or to one's own draft) is a new history entry: Back returns to the shared plan.
 */
export function Shell({ storage, boot }: Props) {
  const actor = WizardActor.useActorRef();
  const persistence = useDraftPersistence(actor, storage, boot);
  const hash = useLocationHash();
  const shared = isShareFragment(hash);
  useAddressSync(actor, !shared);
  return shared ? (
    <Shared fragment={hash} />
  ) : (
    <Workspace storage={storage} loadProblem={boot.problem} persistence={persistence} />
  );
}

/** A shared plan, with what it needs to know of the draft: its name, if there is one. */
function Shared({ fragment }: { fragment: string }) {
  const actor = WizardActor.useActorRef();
  // Read here, not in the shell: typing the project name must not redraw the whole questionnaire.
  const projectName = WizardActor.useSelector((s) => s.context.answers.projectName);
  const hasDraft = WizardActor.useSelector(
    (s) => Object.keys(s.context.answers).length > 0 || Object.keys(s.context.pending).length > 0,
  );
  const toDraft = () => navigate(hashOf(actor.getSnapshot().value as Screen), 'push');
  return (
    <Suspense fallback={<p className="loading">Opening the shared plan…</p>}>
      <SharedRoute
        fragment={fragment}
        draftName={hasDraft ? (typeof projectName === 'string' ? projectName : '') : null}
        onKeep={(answers, then, extras) => {
          actor.send({
            type: 'answers.import',
            answers,
            then,
            ...(extras.notes ? { notes: extras.notes } : {}),
            ...(extras.rulesetVersion ? { madeWith: extras.rulesetVersion } : {}),
          });
          toDraft();
        }}
        onLeave={toDraft}
        onStartNew={() => {
          actor.send({ type: 'draft.startOver' });
          toDraft();
        }}
      />
    </Suspense>
  );
}
