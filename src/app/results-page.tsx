import { useMemo, useState } from 'react';
import type { Notes } from '@/domain/notes';
import type { Answers } from '@/domain/questions';
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
  /** Replaces the user's own figures of the estimate (rate, prices, GPU costs). */
  onFiguresChange: (figures: Answers) => void;
  /** Makes a scenario's answers the draft. */
  onOpenScenario: (answers: Answers) => void;
}

/** Loaded on demand with the engine: the plan, its exports and sharing are not needed while answering. */
export default function ResultsPage({
  answers,
  notes,
  madeWith,
  onBack,
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
              prepare={() =>
                whatIf
                  .whenReady()
                  .then((a) => ({ plan: { ...plan, decisive: a.decisive }, sensitivity: a.sensitivity }))
              }
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
