import type { Answers } from '@/domain/questions';
import type { Plan } from '@/domain/plan';
import { PlanView } from '@/features/results/plan-view';
import { SharePanel } from '@/features/share';
import { downloadAnswers } from '@/features/wizard';

interface Props {
  plan: Plan;
  answers: Answers;
  onBack: () => void;
}

/** Loaded on demand: the plan, its exports and sharing are not needed while answering. */
export default function ResultsPage({ plan, answers, onBack }: Props) {
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
        actions={<SharePanel answers={answers} onDownloadAnswers={() => downloadAnswers(answers)} />}
      />
    </>
  );
}
