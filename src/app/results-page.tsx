import { useMemo } from 'react';
import type { Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { ExportButtons } from '@/features/export';
import { PlanView } from '@/features/results';
import { SharePanel } from '@/features/share';
import { downloadAnswers } from '@/features/wizard';
import { todayIso } from './today';

interface Props {
  answers: Answers;
  onBack: () => void;
  /** Replaces the user's own figures of the estimate (rate, prices, GPU costs). */
  onFiguresChange: (figures: Answers) => void;
}

/** Loaded on demand with the engine: the plan, its exports and sharing are not needed while answering. */
export default function ResultsPage({ answers, onBack, onFiguresChange }: Props) {
  const plan = useMemo(() => evaluate(answers, { today: todayIso() }), [answers]);
  return (
    <>
      <nav className="results-nav" aria-label="Plan">
        <button type="button" className="secondary" onClick={onBack}>
          Back to your answers
        </button>
      </nav>
      <PlanView
        plan={plan}
        answers={answers}
        onFiguresChange={onFiguresChange}
        actions={
          <div className="results-actions">
            <ExportButtons plan={plan} answers={answers} />
            <SharePanel answers={answers} onDownloadAnswers={() => downloadAnswers(answers)} />
          </div>
        }
      />
    </>
  );
}
