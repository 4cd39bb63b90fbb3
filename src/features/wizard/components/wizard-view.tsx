import { lazy, Suspense, useDeferredValue, useEffect } from 'react';
import { isPage, outstanding, type WizardStep } from '../model/flow';
import { WizardActor } from '../wizard-actor';
import { ProgressNav } from './progress-nav';
import { SetAsideNotice } from './set-aside-notice';
import { StepForm } from './step-form';

// The review, with the defaults the plan assumes and why: fetched while the questions are answered.
const loadReview = () => import('./review-page');
const ReviewPage = lazy(loadReview);

/** The review, given what it shows and how to act; it is loaded on demand. */
function Review() {
  const actor = WizardActor.useActorRef();
  const answers = WizardActor.useSelector((s) => s.context.answers);
  const pending = WizardActor.useSelector((s) => s.context.pending);
  const showAssumed = WizardActor.useSelector((s) => s.context.showAssumed);
  const madeWith = WizardActor.useSelector((s) => s.context.madeWith);
  return (
    <Suspense fallback={<p className="loading">Opening the review…</p>}>
      <ReviewPage
        answers={answers}
        pending={pending}
        todo={outstanding(answers, pending)}
        showAssumed={showAssumed}
        notice={<SetAsideNotice />}
        madeWith={madeWith}
        onEdit={(questionId) => actor.send({ type: 'review.edit', questionId })}
        onRefine={() => actor.send({ type: 'refine.start' })}
        onBack={() => actor.send({ type: 'step.back' })}
        onConfirm={() => {
          const ready = actor.getSnapshot().can({ type: 'review.confirm' });
          actor.send({ type: 'review.confirm' });
          return ready;
        }}
      />
    </Suspense>
  );
}

/** The questionnaire: progress, then the current page's form or the review. */
export function WizardView() {
  const now = WizardActor.useSelector((s) => `${s.value as string} ${s.context.revision}`);
  // A new page is drawn in the background, in slices: the click that asked for it is answered on screen first.
  // The first page, once the draft is read, is drawn at once: nothing is on screen to answer a click yet.
  const deferred = useDeferredValue(now);
  const [value, revision] = (deferred.startsWith('restoring ') ? now : deferred).split(' ') as [
    WizardStep | 'restoring',
    string,
  ];
  useEffect(() => {
    // After the first page has settled: the review is seconds of typing away at the earliest.
    const id = setTimeout(() => void loadReview().catch(() => {}), 5000);
    return () => clearTimeout(id);
  }, []);
  if (value === 'results' || value === 'restoring') return null;
  return (
    <div className="wizard">
      <ProgressNav current={value} />
      {isPage(value) ? <StepForm key={`${value}-${revision}`} page={value} /> : <Review />}
    </div>
  );
}
