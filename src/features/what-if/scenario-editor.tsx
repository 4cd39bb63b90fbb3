/**
 * Editing one scenario of a comparison: its name, an approach chosen by hand (or left to the answers), and its
 * answers, changed one at a time. Every value is checked by the answers schema before it is applied, so a
 * scenario always holds answers the engine (and an answers file) accepts.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { answerSchema } from '@/domain/answers';
import { approachIds, type ApproachId } from '@/domain/plan';
import {
  applicableQuestions,
  formatAnswer,
  isAnswered,
  questionById,
  splitByApplicability,
  UNSURE,
  type AnswerValue,
  type Answers,
  type Question,
} from '@/domain/questions';
import { approachLabels } from '@/engine/labels';
import { NAME_MAX, type Scenario } from './scenario-store';

export interface ScenarioEditorProps {
  scenario: Scenario;
  /** The label it has in the comparison ("B"). */
  label: string;
  /** Scenario A's answers, which changes are listed against (undefined when this is A). */
  base: Answers | undefined;
  onChange: (patch: Partial<Omit<Scenario, 'id'>>) => void;
  onDone: () => void;
}

export function ScenarioEditor({ scenario, label, base, onChange, onDone }: ScenarioEditorProps) {
  const nameId = useId();
  const approachId = useId();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opened by a button elsewhere in the section: a keyboard or screen-reader user is taken to it.
  useEffect(() => headingRef.current?.focus(), [scenario.id]);
  const active = splitByApplicability(scenario.answers).active;
  const changed = base
    ? applicableQuestions(scenario.answers).filter(
        (q) => JSON.stringify(active[q.id]) !== JSON.stringify(splitByApplicability(base).active[q.id]),
      )
    : [];
  const setAnswer = (id: string, value: AnswerValue | undefined) => {
    const answers = { ...scenario.answers };
    if (value === undefined) delete answers[id];
    else answers[id] = value;
    onChange({ answers });
  };
  return (
    <section className="wi-editor" aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        Scenario {label}: {scenario.name}
      </h4>
      <div className="wi-field">
        <label htmlFor={nameId}>Name</label>
        <input
          id={nameId}
          type="text"
          value={scenario.name}
          maxLength={NAME_MAX}
          onChange={(e) => onChange({ name: e.target.value })}
        />
      </div>
      <div className="wi-field">
        <label htmlFor={approachId}>Approach</label>
        <select
          id={approachId}
          value={scenario.forceApproach ?? ''}
          onChange={(e) =>
            onChange({ forceApproach: (e.target.value || undefined) as ApproachId | undefined })
          }
        >
          <option value="">As the answers decide</option>
          {approachIds.map((a) => (
            <option key={a} value={a}>
              {approachLabels[a]} (chosen by hand)
            </option>
          ))}
        </select>
      </div>
      {base ? (
        changed.length ? (
          <>
            <p>Answers changed from A:</p>
            <ul className="wi-changes">
              {changed.map((q) => (
                <li key={q.id}>
                  {q.label.replace(/[?:]$/, '')}:{' '}
                  {isAnswered(active[q.id]) ? formatAnswer(q, active[q.id]) : 'not answered'}{' '}
                  <button
                    type="button"
                    className="link"
                    aria-label={`Set back to A’s answer: ${q.label}`}
                    onClick={() => setAnswer(q.id, base[q.id])}
                  >
                    Set back to A’s
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Same answers as A so far.</p>
        )
      ) : null}
      <ChangeAnswer answers={scenario.answers} onApply={setAnswer} />
      <button type="button" className="primary small" onClick={onDone}>
        Done
      </button>
    </section>
  );
}

/** Choose a question, give it a value, apply: one answer of the scenario changed. */
function ChangeAnswer({
  answers,
  onApply,
}: {
  answers: Answers;
  onApply: (id: string, value: AnswerValue | undefined) => void;
}) {
  const pickId = useId();
  const [questionId, setQuestionId] = useState('');
  const q = questionById.get(questionId);
  const options = applicableQuestions(answers).filter((x) => x.kind !== 'text');
  return (
    <div className="wi-change">
      <div className="wi-field">
        <label htmlFor={pickId}>Change an answer</label>
        <select id={pickId} value={questionId} onChange={(e) => setQuestionId(e.target.value)}>
          <option value="">Choose a question…</option>
          {options.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
      </div>
      {q ? (
        <AnswerInput
          key={q.id}
          question={q}
          initial={answers[q.id]}
          onApply={(v) => {
            onApply(q.id, v);
            setQuestionId('');
          }}
        />
      ) : null}
    </div>
  );
}

/** A value for one question, in the control its kind needs, applied only once the answers schema accepts it. */
function AnswerInput({
  question: q,
  initial,
  onApply,
}: {
  question: Question;
  initial: AnswerValue | undefined;
  onApply: (v: AnswerValue) => void;
}) {
  const id = useId();
  const errorId = useId();
  const [value, setValue] = useState<AnswerValue | undefined>(initial);
  const [text, setText] = useState(
    typeof initial === 'number' || (typeof initial === 'string' && initial !== UNSURE) ? String(initial) : '',
  );
  const [error, setError] = useState<string | null>(null);
  const unsureAllowed = (q.kind === 'number' || q.kind === 'date') && !!q.unsure;
  const unsure = value === UNSURE;

  const apply = () => {
    let v: AnswerValue | undefined = value;
    if ((q.kind === 'number' || q.kind === 'date') && !unsure)
      v = q.kind === 'number' ? (text.trim() === '' ? undefined : Number(text)) : text;
    const checked = answerSchema(q).safeParse(v);
    if (v === undefined || !checked.success) {
      setError(
        checked.success
          ? 'Give an answer first.'
          : (checked.error.issues[0]?.message ?? 'Not a valid answer.'),
      );
      return;
    }
    setError(null);
    onApply(checked.data as AnswerValue);
  };

  const describedBy = error ? errorId : undefined;
  let control;
  switch (q.kind) {
    case 'single':
      control = (
        <select
          id={id}
          value={typeof value === 'string' ? value : ''}
          aria-describedby={describedBy}
          onChange={(e) => setValue(e.target.value)}
        >
          <option value="" disabled>
            Choose…
          </option>
          {q.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    case 'multi': {
      const list = Array.isArray(value) ? value : [];
      control = (
        <fieldset className="wi-multi" aria-describedby={describedBy}>
          <legend className="sw-sr-only">{q.label}</legend>
          {q.options.map((o) => (
            <label key={o.value}>
              <input
                type="checkbox"
                checked={list.includes(o.value)}
                onChange={(e) => {
                  const without = list.filter((x) => x !== o.value);
                  const next = e.target.checked
                    ? o.value === q.exclusive
                      ? [o.value]
                      : [...without.filter((x) => x !== q.exclusive), o.value]
                    : without;
                  const order = q.options.map((x) => x.value);
                  setValue(next.sort((a, b) => order.indexOf(a) - order.indexOf(b)));
                }}
              />
              {o.label}
            </label>
          ))}
        </fieldset>
      );
      break;
    }
    case 'number':
    case 'date':
      control = (
        <>
          <input
            id={id}
            type={q.kind === 'number' ? 'number' : 'date'}
            step={q.kind === 'number' ? 'any' : undefined}
            value={text}
            disabled={unsure}
            aria-describedby={describedBy}
            onChange={(e) => setText(e.target.value)}
          />
          {q.kind === 'number' ? <span> {q.unit}</span> : null}
          {unsureAllowed ? (
            <label className="wi-unsure">
              <input
                type="checkbox"
                checked={unsure}
                onChange={(e) => setValue(e.target.checked ? UNSURE : undefined)}
              />
              Not sure yet
            </label>
          ) : null}
        </>
      );
      break;
    default:
      control = null;
  }
  return (
    <div className="wi-field">
      {q.kind === 'multi' ? <p>{q.label}</p> : <label htmlFor={id}>{q.label}</label>}
      {control}
      <button type="button" className="secondary small" onClick={apply}>
        Apply
      </button>
      <p id={errorId} role="alert" className="wi-error">
        {error ?? ''}
      </p>
    </div>
  );
}
