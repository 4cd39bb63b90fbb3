import { useEffect, useRef, useState } from 'react';
import { formatAnswer, questionById, questions, splitByApplicability, steps } from '@/domain/questions';
import { RULESET_VERSION } from '@/engine/version';
import { outstanding } from '../model/flow';
import { WizardActor } from '../wizard-actor';
import { AnswerNote } from './answer-note';
import { SetAsideNotice } from './set-aside-notice';

/** Every answer that applies, by step, each with an edit action that comes back here. */
export function ReviewPage() {
  const actor = WizardActor.useActorRef();
  const answers = WizardActor.useSelector((s) => s.context.answers);
  const pending = WizardActor.useSelector((s) => s.context.pending);
  const madeWith = WizardActor.useSelector((s) => s.context.madeWith);
  const { active, inactive } = splitByApplicability(answers);
  const todo = outstanding(answers, pending);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [blocked, setBlocked] = useState(false);

  useEffect(() => headingRef.current?.focus(), []);

  const confirm = () => {
    // The machine decides whether the plan can be shown; when it cannot, the list of what is missing is stressed.
    if (!actor.getSnapshot().can({ type: 'review.confirm' })) setBlocked(true);
    actor.send({ type: 'review.confirm' });
  };

  return (
    <section className="review" aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1} ref={headingRef}>
        Review your answers
      </h2>
      <p className="step-intro">Check each answer; edit any of them and you come straight back here.</p>
      <SetAsideNotice />
      {madeWith && madeWith !== RULESET_VERSION ? (
        <p className="notice">
          These answers were made with ruleset {madeWith}; today’s is newer. The plan lists what changed in it
          since.
        </p>
      ) : null}
      {todo.length > 0 ? (
        <div className={`notice warning${blocked ? ' emphasised' : ''}`} role={blocked ? 'alert' : undefined}>
          <h3>
            {todo.length === 1 ? 'One answer is still needed' : `${todo.length} answers are still needed`}{' '}
            before the plan is final
          </h3>
          <ul>
            {todo.map(({ step, questionId }) => (
              <li key={questionId}>
                <button
                  type="button"
                  className="link"
                  onClick={() => actor.send({ type: 'review.edit', step, questionId })}
                >
                  {questionById.get(questionId)?.label}
                  {pending[questionId] !== undefined ? ' (the current value is not valid)' : ''}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {steps.map((s) => {
        const qs = questions.filter((q) => q.step === s.id && (q.id in active || !q.showIf));
        return (
          <section key={s.id} className="review-step" aria-labelledby={`review-${s.id}`}>
            <h3 id={`review-${s.id}`}>{s.title}</h3>
            <dl>
              {qs.map((q) => (
                <div key={q.id} className="review-row">
                  <dt>{q.label}</dt>
                  <dd>
                    <span
                      className={q.id in active ? 'answer' : q.required ? 'answer missing' : 'answer empty'}
                    >
                      {formatAnswer(q, active[q.id])}
                    </span>
                    <button
                      type="button"
                      className="link"
                      aria-label={`Edit: ${q.label}`}
                      onClick={() => actor.send({ type: 'review.edit', step: s.id, questionId: q.id })}
                    >
                      Edit
                    </button>
                  </dd>
                  {q.id in active ? <AnswerNote questionId={q.id} label={q.label} /> : null}
                </div>
              ))}
            </dl>
          </section>
        );
      })}
      {Object.keys(inactive).length > 0 ? (
        <details className="set-aside">
          <summary>Answers set aside because they no longer apply ({Object.keys(inactive).length})</summary>
          <p>
            They are kept in your draft in case you change back, and left out of the plan and every export.
          </p>
          <ul>
            {Object.entries(inactive).map(([id, v]) => {
              const q = questionById.get(id)!;
              return (
                <li key={id}>
                  {q.label}: {formatAnswer(q, v)}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
      <div className="step-nav">
        <button type="button" className="secondary" onClick={() => actor.send({ type: 'step.back' })}>
          Back
        </button>
        <button type="button" className="primary" onClick={confirm}>
          See the plan
        </button>
      </div>
    </section>
  );
}
