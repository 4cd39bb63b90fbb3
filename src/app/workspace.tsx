import { lazy, memo, Suspense, useEffect, useState } from 'react';
import { figureIds } from '@/domain/questions';
import {
  activeOf,
  DraftActions,
  downloadAnswers,
  previewBasis,
  WizardActor,
  WizardView,
  type DraftPersistence,
  type LoadResult,
  type PreviewBasis,
} from '@/features/wizard';
import { Frame } from './frame';

const ResultsPage = lazy(() => import('./results-page'));
// Only needed when something is wrong or changed elsewhere: kept off the questionnaire's first load.
const StorageNotices = lazy(() => import('./storage-notices'));
// The engine and its knowledge base are the heaviest code in the app: they arrive once the preview can use them.
const loadPreview = () => import('./live-plan-preview');
const LivePlanPreview = lazy(loadPreview);

interface Props {
  storage: Storage | null;
  loadProblem: LoadResult['problem'];
  persistence: DraftPersistence;
}

/** How long answers must stay unchanged before the preview works the plan out again. */
const PREVIEW_SETTLE_MS = 400;

/**
 * The live preview: nothing but what it waits for until the decisive answers exist, then the plan as it forms.
 * It recomputes once answering pauses, never in the middle of typing, and only when something the plan reads
 * has changed.
 */
function PreviewPanel() {
  const basis = WizardActor.useSelector(
    (s) => previewBasis(s.context.answers),
    (a, b) => a.key === b.key,
  );
  const [shown, setShown] = useState<PreviewBasis>(basis);
  useEffect(() => {
    if (basis.key === shown.key) return;
    const timer = setTimeout(() => setShown(basis), PREVIEW_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [basis, shown]);
  // Fetched while the last decisive questions are answered, so the figures appear as soon as they may.
  const near = basis.needs.length <= 1 && basis.given > 0;
  useEffect(() => {
    if (near) void loadPreview().catch(() => {});
  }, [near]);

  if (shown.needs.length > 0)
    return (
      <section className="preview-empty" aria-labelledby="preview-waiting-title">
        <h2 id="preview-waiting-title" className="preview-empty-title">
          Your plan so far
        </h2>
        <p className="preview-needs">
          <span className="preview-needs-label">Plan so far: </span>
          needs {shown.needs.join(', ')}
        </p>
        <p className="preview-empty-why">
          The approach, timeline and costs appear once these steps’ decisive questions are answered.
        </p>
      </section>
    );
  return (
    <Suspense fallback={<div aria-hidden="true" className="preview-empty" />}>
      <LivePlanPreview answers={shown.answers} given={shown.given} />
    </Suspense>
  );
}

/**
 * The working screen: the draft's controls, the questionnaire or the results, and the live preview. It redraws
 * for what it reads, not each time the address changes above it.
 */
export const Workspace = memo(function Workspace({ storage, loadProblem, persistence }: Props) {
  const actor = WizardActor.useActorRef();
  const showingResults = WizardActor.useSelector((s) => s.value === 'results');
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
          <NoticesWithAnswers
            storage={storage}
            loadProblem={loadProblem}
            persistence={persistence}
            onUndo={() => actor.send({ type: 'draft.undo' })}
          />
        </Suspense>
      ) : null}
      {showingResults ? (
        <main id="main" className="results-layout">
          <Suspense fallback={<p className="loading">Preparing your plan…</p>}>
            <PlanScreen />
          </Suspense>
        </main>
      ) : (
        <div className="wizard-layout">
          <main id="main">
            <h1 className="visually-hidden">Plan your generative-AI project</h1>
            <WizardView />
          </main>
          <aside className="preview-column" aria-label="Live preview of your plan">
            <PreviewPanel />
          </aside>
        </div>
      )}
    </Frame>
  );
});

/** The results: the plan of the answers that apply, with the note on what it assumed. */
function PlanScreen() {
  const actor = WizardActor.useActorRef();
  const answers = WizardActor.useSelector((s) => activeOf(s.context.answers));
  const notes = WizardActor.useSelector((s) => s.context.notes);
  const madeWith = WizardActor.useSelector((s) => s.context.madeWith);
  return (
    <ResultsPage
      answers={answers}
      notes={notes}
      madeWith={madeWith}
      onBack={() => actor.send({ type: 'results.back' })}
      onOpenScenario={(scenario) => actor.send({ type: 'answers.import', answers: scenario, notes })}
      onRefine={() => actor.send({ type: 'refine.start' })}
      onReview={() => actor.send({ type: 'review.assumed' })}
      onFiguresChange={(figures) =>
        actor.send({
          type: 'answers.change',
          answers: figures,
          pending: {},
          stepFields: [...figureIds],
        })
      }
    />
  );
}

function NoticesWithAnswers(props: {
  storage: Storage | null;
  loadProblem: LoadResult['problem'];
  persistence: DraftPersistence;
  onUndo: () => void;
}) {
  const answers = WizardActor.useSelector((s) => s.context.answers);
  const notes = WizardActor.useSelector((s) => s.context.notes);
  return <StorageNotices {...props} answers={answers} notes={notes} onDownload={downloadAnswers} />;
}
