import { stepIds, type StepId } from '@/domain/questions';
import { WizardActor } from '../wizard-actor';
import { ProgressNav } from './progress-nav';
import { ReviewPage } from './review-page';
import { StepForm } from './step-form';

/** The questionnaire: progress, then the current step's form or the review. */
export function WizardView() {
  const value = WizardActor.useSelector((s) => s.value);
  const revision = WizardActor.useSelector((s) => s.context.revision);
  if (value === 'results' || value === 'restoring') return null;
  const isStep = (stepIds as readonly string[]).includes(value);
  return (
    <div className="wizard">
      <ProgressNav current={value} />
      {isStep ? <StepForm key={`${value}-${revision}`} step={value as StepId} /> : <ReviewPage />}
    </div>
  );
}
