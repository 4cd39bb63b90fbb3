import { useMemo, useState } from 'react';
import type { Notes } from '@/domain/notes';
import type { Plan } from '@/domain/plan';
import { figureIds, type Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { ExportButtons } from '@/features/export';
import { PlanView } from '@/features/results';
import { SharePanel } from '@/features/share';
import { downloadAnswers, getStorage } from '@/features/wizard';
import {
  AnswerNotes,
  ComparisonView,
  RulesetChanges,
  ScenarioStore,
  tryInComparison,
  useWhatIf,
  WhatIfSection,
} from '@/features/what-if';
import { todayIso } from './today';
import { comparisonServices } from './what-if-services';

interface Props {
  answers: Answers;
  /** Notes on answers, from the draft. */
  notes: Notes;
  /** The ruleset the answers were made with, when they came from an older file or link. */
  madeWith: string | null;
  onBack: () => void;
  /** Answer the questions the plan assumed, page by page. */
  onRefine: () => void;
  /** The review, which lists each assumed answer. */
  onReview: () => void;
  /** Replaces the user's own figures of the estimate (rate, prices, GPU costs). */
  onFiguresChange: (figures: Answers) => void;
  /** Makes a scenario's answers the draft. */
  onOpenScenario: (answers: Answers) => void;
}

/** Loaded on demand with the engine: the plan, its exports and sharing are not needed while answering. */
/**
 * Above a plan that rests on defaults (a quick scope): how many answers are the user's and how many assumed,
 * where the assumptions are listed, and the way to refine them.
 */
function AssumedNotice({
  plan,
  given,
  onRefine,
  onReview,
}: {
  plan: Plan;
  given: number;
  onRefine: () => void;
  onReview: () => void;
}) {
  const assumed = plan.assumptions.filter((a) => a.id.startsWith('assumed.')).length;
  if (assumed === 0) return null;
  return (
    <section className="notice assumed-notice" aria-labelledby="assumed-notice-title">
      <h2 id="assumed-notice-title">
        Based on {given === 1 ? 'one answer' : `${given} answers`} of yours;{' '}
        {assumed === 1 ? 'one more is assumed' : `${assumed} more are assumed`}
      </h2>
      <p>
        Each default is listed, with its reason, under “Assumptions” at the end of the plan. They keep the
        plan honest: where something is not known, the ranges widen. Answer them to narrow the plan down.
      </p>
      <div className="share-actions">
        <button type="button" className="primary small" onClick={onRefine}>
          Refine: answer the other questions
        </button>
        <button type="button" className="secondary small" onClick={onReview}>
          See what was assumed
        </button>
      </div>
    </section>
  );
}

export default function ResultsPage({
  answers,
  notes,
  madeWith,
  onBack,
  onRefine,
  onReview,
  onFiguresChange,
  onOpenScenario,
}: Props) {
  const today = todayIso();
  const plan = useMemo(() => evaluate(answers, { today }), [answers, today]);
  const whatIf = useWhatIf(answers, today);
  const [store] = useState(() => new ScenarioStore(getStorage()));
  const [full, setFull] = useState(false);
  return (
    <>
      <nav className="results-nav" aria-label="Plan">
        <button type="button" className="secondary" onClick={onBack}>
          Back to your answers
        </button>
      </nav>
      {madeWith ? <RulesetChanges madeWith={madeWith} answers={answers} plan={plan} today={today} /> : null}
      <AssumedNotice
        plan={plan}
        given={Object.keys(answers).filter((id) => !figureIds.includes(id)).length}
        onRefine={onRefine}
        onReview={onReview}
      />
      <PlanView
        plan={plan}
        answers={answers}
        onFiguresChange={onFiguresChange}
        actions={
          <div className="results-actions">
            <ExportButtons
              plan={plan}
              answers={answers}
              notes={notes}
              prepare={() => whatIf.forExport(plan)}
            />
            <SharePanel
              answers={answers}
              notes={notes}
              onDownloadAnswers={() => downloadAnswers(answers, notes)}
            />
          </div>
        }
        whatIf={
          <>
            <WhatIfSection
              plan={plan}
              answers={answers}
              analysis={whatIf.analysis}
              progress={whatIf.progress}
              onTry={(changes, name) => setFull(!tryInComparison(store, answers, changes, name))}
            />
            {full ? (
              <p className="notice warning" role="alert">
                The comparison already has three scenarios: remove one to compare another.
              </p>
            ) : null}
            <ComparisonView
              today={today}
              services={comparisonServices}
              current={{ answers, notes }}
              store={store}
              onOpen={onOpenScenario}
            />
            <AnswerNotes notes={notes} answers={answers} />
          </>
        }
      />
    </>
  );
}
