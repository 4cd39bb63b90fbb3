import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import { figureIds, splitByApplicability } from '@/domain/questions';
import {
  DraftActions,
  downloadAnswers,
  outstanding,
  WizardActor,
  WizardView,
  type DraftPersistence,
  type LoadResult,
} from '@/features/wizard';
import { Frame } from './frame';

const ResultsPage = lazy(() => import('./results-page'));
// Only needed when something is wrong or changed elsewhere: kept off the questionnaire's first load.
const StorageNotices = lazy(() => import('./storage-notices'));
// The engine and its knowledge base are the heaviest code in the app: they arrive just after the first paint.
const LivePlanPreview = lazy(() => import('./live-plan-preview'));

interface Props {
  storage: Storage | null;
  loadProblem: LoadResult['problem'];
  persistence: DraftPersistence;
}

/** The working screen: the draft's controls, the questionnaire or the results, and the live preview. */
export function Workspace({ storage, loadProblem, persistence }: Props) {
  const actor = WizardActor.useActorRef();
  const value = WizardActor.useSelector((s) => s.value);
  const answers = WizardActor.useSelector((s) => s.context.answers);
  const pending = WizardActor.useSelector((s) => s.context.pending);
  const notes = WizardActor.useSelector((s) => s.context.notes);
  const madeWith = WizardActor.useSelector((s) => s.context.madeWith);
  // Typing stays responsive: the preview catches up with the latest answers when React has a moment.
  const deferred = useDeferredValue(answers);
  const active = useMemo(() => splitByApplicability(deferred).active, [deferred]);
  const missingCount = useMemo(() => outstanding(deferred, pending).length, [deferred, pending]);
  const showingResults = value === 'results';
  const notices =
    loadProblem !== null ||
    persistence.save.kind !== 'saved' ||
    persistence.conflicts.length > 0 ||
    persistence.remote.length > 0 ||
    persistence.movedAside !== null;

  return (
    <Frame headerEnd={<DraftActions persistence={persistence} />}>
      {notices ? (
        <Suspense fallback={null}>
          <StorageNotices
            storage={storage}
            loadProblem={loadProblem}
            persistence={persistence}
            answers={answers}
            notes={notes}
            onDownload={downloadAnswers}
            onUndo={() => actor.send({ type: 'draft.undo' })}
          />
        </Suspense>
      ) : null}
      {showingResults ? (
        <main id="main" className="results-layout">
          <Suspense fallback={<p className="loading">Preparing your plan…</p>}>
            <ResultsPage
              answers={active}
              notes={notes}
              madeWith={madeWith}
              onBack={() => actor.send({ type: 'results.back' })}
              onOpenScenario={(scenario) => actor.send({ type: 'answers.import', answers: scenario, notes })}
              onFiguresChange={(figures) =>
                actor.send({
                  type: 'answers.change',
                  answers: figures,
                  pending: {},
                  stepFields: [...figureIds],
                })
              }
            />
          </Suspense>
        </main>
      ) : (
        <div className="wizard-layout">
          <main id="main">
            <h1 className="visually-hidden">Plan your generative-AI project</h1>
            <WizardView />
          </main>
          <aside className="preview-column" aria-label="Live preview of your plan">
            {/* The collapsed preview's height, kept free while its chunk loads so the questions do not jump. */}
            {Object.keys(active).length === 0 ? (
              // Nothing to preview yet: the engine chunk waits for the first answer, off the first load.
              <div className="preview-empty">
                <p className="preview-empty-title">Your plan so far</p>
                <p>The recommended approach, timeline and costs take shape here as you answer.</p>
              </div>
            ) : (
              <Suspense fallback={<div aria-hidden="true" className="preview-empty" />}>
                <LivePlanPreview answers={active} missingCount={missingCount} />
              </Suspense>
            )}
          </aside>
        </div>
      )}
    </Frame>
  );
}
