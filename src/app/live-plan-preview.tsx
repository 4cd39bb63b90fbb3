import { useMemo } from 'react';
import type { Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { LivePreview } from '@/features/results';
import { todayIso } from './today';

interface Props {
  /** The answers that apply, free text reduced to whether it was given (the plan does not read it). */
  answers: Answers;
  given: number;
}

/** Loaded once the decisive answers exist: the engine and its knowledge base are the heaviest part of the app. */
export default function LivePlanPreview({ answers, given }: Props) {
  const plan = useMemo(() => evaluate(answers, { today: todayIso(), preview: true }), [answers]);
  const basedOn = useMemo(
    () => ({ given, assumed: plan.assumptions.filter((a) => a.id.startsWith('assumed.')).length }),
    [given, plan],
  );
  return <LivePreview plan={plan} basedOn={basedOn} />;
}
