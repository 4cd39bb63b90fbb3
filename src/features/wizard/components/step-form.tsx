import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import {
  applicableQuestions,
  questions,
  splitByApplicability,
  stepOf,
  type StepId,
} from '@/domain/questions';
import { toFieldValue, type FormValues } from '../model/field-values';
import { loadValidation, withValidation } from '../model/validation-loader';
import { nextDestination } from '../machine';
import { WizardActor } from '../wizard-actor';
import { focusTargetId, QuestionField } from './question-field';
import { SetAsideNotice } from './set-aside-notice';
import { useExternalValues } from './use-external-values';

function focusQuestion(id: string) {
  const q = questions.find((x) => x.id === id);
  const el = q && document.getElementById(focusTargetId(q));
  if (el) {
    el.scrollIntoView?.({ block: 'center' });
    el.focus();
  }
}

export function StepForm({ step }: { step: StepId }) {
  const actor = WizardActor.useActorRef();
  const answers = WizardActor.useSelector((s) => s.context.answers);
  const returnToReview = WizardActor.useSelector((s) => s.context.returnToReview);
  const destination = WizardActor.useSelector((s) => nextDestination(s.context, step));
  const canGoBack = WizardActor.useSelector((s) => s.can({ type: 'step.back' }));
  const stepQuestions = useMemo(() => questions.filter((q) => q.step === step), [step]);
  const active = useMemo(() => splitByApplicability(answers).active, [answers]);
  const applicable = applicableQuestions(active, step);
  // The resolver runs outside render; it must validate exactly the questions visible at that moment.
  const applicableNow = () =>
    applicableQuestions(splitByApplicability(actor.getSnapshot().context.answers).active, step);

  const [defaultValues] = useState(() => {
    const { answers: a, pending } = actor.getSnapshot().context;
    return Object.fromEntries(
      stepQuestions.map((q) => [q.id, toFieldValue(q, a[q.id], pending[q.id])]),
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
  useExternalValues(form, stepQuestions);
  const values = useWatch({ control });
  const [summary, setSummary] = useState<{ id: string; label: string; message: string }[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) =>
          withValidation(({ splitFieldValues }) => {
            const split = splitFieldValues(stepQuestions, values);
            actor.send({ type: 'answers.change', ...split, stepFields: stepQuestions.map((q) => q.id) });
          }, setLoadError),
      }),
    [form, actor, stepQuestions],
  );

  useEffect(() => {
    const target = actor.getSnapshot().context.focusQuestion;
    if (target) focusQuestion(target);
    else headingRef.current?.focus();
  }, [actor, step]);

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

  const meta = stepOf(step);
  const nextLabel =
    destination !== 'review'
      ? `Next: ${stepOf(destination).title}`
      : returnToReview
        ? 'Save and return to review'
        : 'Review your answers';

  return (
    <form
      className="step"
      onSubmit={handleSubmit(onValid, onInvalid)}
      noValidate
      aria-labelledby={`step-${step}`}
    >
      <h2 id={`step-${step}`} tabIndex={-1} ref={headingRef}>
        {meta.title}
      </h2>
      <p className="step-intro">{meta.intro}</p>
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
      {applicable.map((q) => (
        <QuestionField
          key={q.id}
          question={q}
          register={register}
          control={control}
          error={formState.errors[q.id] as never}
          value={values[q.id]}
        />
      ))}
      <div className="step-nav">
        {canGoBack ? (
          <button type="button" className="secondary" onClick={() => actor.send({ type: 'step.back' })}>
            Back
          </button>
        ) : (
          <span />
        )}
        <button type="submit" className="primary">
          {nextLabel}
        </button>
      </div>
    </form>
  );
}
