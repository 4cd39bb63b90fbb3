import { useMemo } from 'react';
import type { Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { LivePreview } from '@/features/results';
import { todayIso } from './today';

interface Props {
  answers: Answers;
  missingCount: number;
}

/** Loaded right after the first paint: the engine and its knowledge base are the heaviest part of the app. */
export default function LivePlanPreview({ answers, missingCount }: Props) {
  const plan = useMemo(() => evaluate(answers, { today: todayIso() }), [answers]);
  return <LivePreview plan={plan} missingCount={missingCount} />;
}
