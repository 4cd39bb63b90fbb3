/** Step order and completeness: plain functions the machine's guards and the progress indicator share. */
import {
  applicableQuestions,
  isAnswered,
  missingAnswers,
  questionById,
  splitByApplicability,
  stepIds,
  type Answers,
  type StepId,
} from '@/domain/questions';

import type { Pending, WizardStep } from './steps';

export { isWizardStep, wizardSteps, type Pending, type WizardStep } from './steps';

export function nextStep(step: StepId): StepId | 'review' {
  const i = stepIds.indexOf(step);
  return stepIds[i + 1] ?? 'review';
}

export function previousStep(step: WizardStep): StepId | null {
  if (step === 'review' || step === 'results') return stepIds[stepIds.length - 1]!;
  const i = stepIds.indexOf(step);
  return i > 0 ? stepIds[i - 1]! : null;
}

const pendingIn = (pending: Pending, answers: Answers, step?: StepId) =>
  applicableQuestions(answers, step).filter((q) => pending[q.id] !== undefined);

export function isStepComplete(answers: Answers, pending: Pending, step: StepId): boolean {
  const { active } = splitByApplicability(answers);
  return missingAnswers(active, step).length === 0 && pendingIn(pending, active, step).length === 0;
}

export type StepStatus = 'complete' | 'started' | 'empty';
export function stepStatus(answers: Answers, pending: Pending, step: StepId): StepStatus {
  if (isStepComplete(answers, pending, step)) return 'complete';
  const { active } = splitByApplicability(answers);
  return applicableQuestions(active, step).some(
    (q) => isAnswered(active[q.id]) || pending[q.id] !== undefined,
  )
    ? 'started'
    : 'empty';
}

/** Everything the user still has to fix before the plan is final, in question order. */
export function outstanding(answers: Answers, pending: Pending): { step: StepId; questionId: string }[] {
  const { active } = splitByApplicability(answers);
  const missing = missingAnswers(active).map((q) => q.id);
  const invalid = pendingIn(pending, active).map((q) => q.id);
  const ids = new Set([...missing, ...invalid]);
  // The estimate's own figures are edited on the results page, never left pending: only steps remain.
  return [...ids].flatMap((id) => {
    const step = questionById.get(id)!.step;
    return step === 'figures' ? [] : [{ step, questionId: id }];
  });
}

/** Answers that applied before a change and no longer do: shown to the user, kept aside, never deleted. */
export function newlySetAside(before: Answers, after: Answers): string[] {
  const was = splitByApplicability(before).active;
  const now = splitByApplicability(after).inactive;
  return Object.keys(now).filter((id) => id in was);
}
