import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import {
  pageById,
  pagesOf,
  questionById,
  questions,
  stepOf,
  type PageId,
  type Question,
} from '@/domain/questions';
import { toFieldValue, type FormValues } from '../model/field-values';
import { loadValidation, withValidation } from '../model/validation-loader';
import { pageApplies, pageQuestions } from '../model/flow';
import { nextDestination } from '../machine';
import { WizardActor } from '../wizard-actor';
import { paintFirstQueue } from './paint-first';
import { focusTargetId, QuestionField } from './question-field';
import { SetAsideNotice } from './set-aside-notice';
import { useExternalValues } from './use-external-values';

function focusQuestion(id: string) {
  const q = questions.find((x) => x.id === id);
  const el = q && document.getElementById(focusTargetId(q));
  if (el) {
    // A question behind a closed "refine" disclosure is shown before it is focused.
    const details = el.closest('details');
    if (details) details.open = true;
    el.scrollIntoView?.({ block: 'center' });
    el.focus();
  }
}

/** What the "next" button says: the page it leads to, the step when it opens one, or the review. */
function nextLabel(page: PageId, destination: PageId | 'review', returnToReview: boolean): string {
  if (destination === 'review')
    return returnToReview
      ? 'Save and return to review'
      : pageById.get(page)!.path === 'quick'
        ? 'Review and see the plan'
        : 'Review your answers';
  const next = pageById.get(destination)!;
  const here = pageById.get(page)!;
  return `Next: ${next.step && next.step !== here.step ? stepOf(next.step).title : next.title}`;
}

/** Where a page sits: "Page 2 of 3" among the pages of its step (or of the quick scope) that apply. */
function usePosition(page: PageId): { index: number; count: number } {
  const here = pageById.get(page)!;
  const key = WizardActor.useSelector((s) =>
    pagesOf(here.path)
      .filter((p) => p.step === here.step && pageApplies(p.id, s.context.answers))
      .map((p) => p.id)
      .join(' '),
  );
  const ids = key.split(' ');
  return { index: ids.indexOf(page) + 1, count: ids.length };
}

function StepFormImpl({ page }: { page: PageId }) {
  const actor = WizardActor.useActorRef();
  const here = pageById.get(page)!;
  // Only a change of which questions apply redraws the page: a keystroke re-renders the field typed in, no more.
  const applicableKey = WizardActor.useSelector((s) =>
    pageQuestions(page, s.context.answers)
      .map((q) => q.id)
      .join(' '),
  );
  const applicable = useMemo(
    () => (applicableKey ? applicableKey.split(' ').map((id) => questionById.get(id)!) : []),
    [applicableKey],
  );
  const returnToReview = WizardActor.useSelector((s) => s.context.returnToReview);
  const destination = WizardActor.useSelector((s) => nextDestination(s.context, page));
  const canGoBack = WizardActor.useSelector((s) => s.can({ type: 'step.back' }));
  const position = usePosition(page);
  const pageFields = useMemo(() => here.questions.map((id) => questionById.get(id)!), [here]);
  // The resolver runs outside render; it must validate exactly the questions visible at that moment.
  const applicableNow = () => pageQuestions(page, actor.getSnapshot().context.answers);

  const [defaultValues] = useState(() => {
    const { answers: a, pending } = actor.getSnapshot().context;
    return Object.fromEntries(
      pageFields.map((q) => [q.id, toFieldValue(q, a[q.id], pending[q.id])]),
    ) as FormValues;
  });
  // A validation chunk that failed to load is rethrown while rendering, for the app's error boundary to explain.
  const [loadError, setLoadError] = useState<unknown>(null);
  if (loadError) throw loadError;
  const resolver: Resolver<FormValues> = async (values, context, options) => {
    const validation = await loadValidation().catch((e: unknown) => {
      setLoadError(e);
      throw e;
    });
    return validation.stepResolver(applicableNow())(values, context, options);
  };
  const form = useForm<FormValues>({ defaultValues, resolver, mode: 'onTouched', shouldFocusError: false });
  const { register, control, handleSubmit, formState } = form;
  useExternalValues(form, pageFields);
  const [summary, setSummary] = useState<{ id: string; label: string; message: string }[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // An answer reaches the machine, and so the saved draft and the preview, just after the input is on screen.
  const [afterPaint] = useState(paintFirstQueue);
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values, name }) => {
          // A keystroke changes one field: only that answer is checked and sent.
          const changed: Question[] = name ? pageFields.filter((q) => q.id === name) : pageFields;
          afterPaint.push(() =>
            withValidation(({ splitFieldValues }) => {
              const split = splitFieldValues(changed, values);
              actor.send({ type: 'answers.change', ...split, stepFields: changed.map((q) => q.id) });
            }, setLoadError),
          );
        },
      }),
    [form, actor, pageFields, afterPaint],
  );
  useEffect(() => {
    const flush = () => afterPaint.flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('blur', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('blur', flush);
      document.removeEventListener('visibilitychange', flush);
      flush();
    };
  }, [afterPaint]);

  useEffect(() => {
    const target = actor.getSnapshot().context.focusQuestion;
    if (target) focusQuestion(target);
    else headingRef.current?.focus();
  }, [actor, page]);

  useEffect(() => {
    if (summary.length > 0) summaryRef.current?.focus();
  }, [summary]);

  const onInvalid = (errors: FieldErrors<FormValues>) => {
    setSummary(
      applicableNow()
        .filter((q) => errors[q.id])
        .map((q) => ({ id: q.id, label: q.label, message: String(errors[q.id]?.message ?? '') })),
    );
  };
  const onValid = () => {
    setSummary([]);
    actor.send({ type: 'step.next' });
  };

  const quick = here.path === 'quick';
  const title = here.step ? stepOf(here.step).title : here.title;
  const refine = here.refine;
  const field = (q: Question) => (
    <QuestionField
      key={q.id}
      question={q}
      register={register}
      control={control}
      error={formState.errors[q.id] as never}
    />
  );
  const refined = applicable.filter((q) => refine?.questions.includes(q.id as never));
  const refineOpen = refined.some((q) => {
    const { answers, pending } = actor.getSnapshot().context;
    return answers[q.id] !== undefined || pending[q.id] !== undefined;
  });

  return (
    <form
      className="step"
      onSubmit={(e) => {
        afterPaint.flush();
        return handleSubmit(onValid, onInvalid)(e);
      }}
      // Focus leaving the form (to "Start over", "Import", the steps bar...) sends what was typed first.
      onBlur={() => afterPaint.flush()}
      noValidate
      aria-labelledby={`step-${page} page-${page}`}
    >
      <h2 id={`step-${page}`} tabIndex={-1} ref={headingRef}>
        {title}
      </h2>
      <p className="step-intro" id={`page-${page}`}>
        {quick ? (
          <>
            Quick scope, page {position.index} of {position.count}: the plan takes a stated default for every
            question not asked here.{' '}
            <button
              type="button"
              className="link"
              onClick={() => actor.send({ type: 'page.goto', page: 'context' })}
            >
              Answer every question instead
            </button>
          </>
        ) : (
          <>
            {stepOf(here.step!).intro}
            {position.count > 1 ? (
              <>
                {' '}
                <span className="step-page">
                  Page {position.index} of {position.count}
                </span>
                : {here.title}.
              </>
            ) : null}
          </>
        )}
      </p>
      <SetAsideNotice />
      {summary.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h3>
            {summary.length === 1 ? 'One answer needs attention' : `${summary.length} answers need attention`}
          </h3>
          <ul>
            {summary.map((e) => (
              <li key={e.id}>
                <a
                  href={`#q-${e.id}`}
                  onClick={(ev) => {
                    ev.preventDefault();
                    focusQuestion(e.id);
                  }}
                >
                  {e.label}: {e.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {applicable.map((q) =>
        !refined.includes(q) ? (
          field(q)
        ) : q === refined[0] ? (
          // Where the first of them would be: most people leave these to the plan.
          <details
            key="refine"
            className="refine"
            open={refineOpen || refined.some((r) => formState.errors[r.id])}
          >
            <summary>{refine!.label}</summary>
            <p className="refine-note">
              Left empty, the plan uses a typical length for the kind of task, and says so.
            </p>
            {refined.map(field)}
          </details>
        ) : null,
      )}
      <div className="step-nav">
        {canGoBack ? (
          <button type="button" className="secondary" onClick={() => actor.send({ type: 'step.back' })}>
            Back
          </button>
        ) : (
          <span />
        )}
        <button type="submit" className="primary">
          {nextLabel(page, destination, returnToReview)}
        </button>
      </div>
    </form>
  );
}

/** A page of questions; it redraws from what it reads of the machine, not when the view around it does. */
export const StepForm = memo(StepFormImpl);
