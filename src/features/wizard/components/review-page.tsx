import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  formatAnswer,
  questionById,
  questions,
  splitByApplicability,
  steps,
  type Answers,
} from '@/domain/questions';
import { RULESET_VERSION } from '@/engine/version';
import { AnswerNote } from './answer-note';
import AssumedList from './assumed-list';
import './review.css';

export interface ReviewProps {
  answers: Answers;
  pending: Record<string, string>;
  /** What must still be fixed before the plan can be shown (flow.ts `outstanding`). */
  todo: readonly { questionId: string }[];
  /** Open the list of assumed answers at once (asked for from the plan). */
  showAssumed: boolean;
  /** The set-aside notice, which the wizard provides. */
  notice: ReactNode;
  /** The ruleset the answers were made with, when they came from an older file or link. */
  madeWith: string | null;
  onEdit: (questionId: string) => void;
  onRefine: () => void;
  onBack: () => void;
  /** Shows the plan, or says false when a decisive answer is missing. */
  onConfirm: () => boolean;
}

/**
 * Every answer that applies, by step, each with an edit action that comes back here; then what the plan assumes
 * for the questions left unanswered, each with a way to answer it; a note under each answer. Loaded once the
 * questions are answered, with the defaults and their reasons and the notes' editor, none of which the first page
 * needs.
 */
export default function ReviewPage({
  answers,
  pending,
  todo,
  showAssumed,
  notice,
  madeWith,
  onEdit: edit,
  onRefine,
  onBack,
  onConfirm,
}: ReviewProps) {
  const { active, inactive } = useMemo(() => splitByApplicability(answers), [answers]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [blocked, setBlocked] = useState(false);

  useEffect(() => headingRef.current?.focus(), []);

  // The machine decides whether the plan can be shown; when it cannot, the list of what is missing is stressed.
  const confirm = () => setBlocked(!onConfirm());
  const missing = new Set(todo.map((t) => t.questionId));

  return (
    <section className="review" aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1} ref={headingRef}>
        Review your answers
      </h2>
      <p className="step-intro">Check each answer; edit any of them and you come straight back here.</p>
      {notice}
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
            before the plan can be shown
          </h3>
          <ul>
            {todo.map(({ questionId }) => (
              <li key={questionId}>
                <button type="button" className="link" onClick={() => edit(questionId)}>
                  {questionById.get(questionId)?.label}
                  {pending[questionId] !== undefined ? ' (the current value is not valid)' : ''}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {steps.map((s) => {
        const qs = questions.filter((q) => q.step === s.id && (q.id in active || missing.has(q.id)));
        if (qs.length === 0) return null;
        return (
          <section key={s.id} className="review-step" aria-labelledby={`review-${s.id}`}>
            <h3 id={`review-${s.id}`}>{s.title}</h3>
            <dl>
              {qs.map((q) => (
                <div key={q.id} className="review-row">
                  <dt>{q.label}</dt>
                  <dd>
                    <span className={q.id in active ? 'answer' : 'answer missing'}>
                      {formatAnswer(q, active[q.id])}
                    </span>
                    <button
                      type="button"
                      className="link"
                      aria-label={`Edit: ${q.label}`}
                      onClick={() => edit(q.id)}
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
      <AssumedList active={active} open={showAssumed} onAnswer={edit} onRefine={onRefine} />
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
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
        <button type="button" className="primary" onClick={confirm}>
          See the plan
        </button>
      </div>
    </section>
  );
}
