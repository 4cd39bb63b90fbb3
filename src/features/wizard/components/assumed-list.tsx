import { useMemo } from 'react';
import {
  assumedAnswers,
  assumeUnanswered,
  formatAnswer,
  questionById,
  type Answers,
  type QuestionId,
} from '@/domain/questions';

interface Props {
  /** The answers that apply. */
  active: Answers;
  /** Open at once: on the quick path, the defaults are most of what the plan rests on. */
  open: boolean;
  onAnswer: (questionId: string) => void;
  onRefine: () => void;
}

/** What the plan assumes for each question left unanswered, why, and a way to answer it instead. */
export default function AssumedList({ active, open, onAnswer, onRefine }: Props) {
  const { answers, assumed } = useMemo(() => assumeUnanswered(active), [active]);
  if (assumed.length === 0) return null;
  return (
    <details className="assumed" open={open}>
      <summary>
        {assumed.length === 1
          ? 'One answer is assumed until you give it'
          : `${assumed.length} answers are assumed until you give them`}
      </summary>
      <p>
        The plan takes these defaults and lists them with its assumptions. Answering any of them refines it.
      </p>
      <dl>
        {assumed.map((id) => {
          const q = questionById.get(id)!;
          const value = answers[id];
          return (
            <div key={id} className="review-row">
              <dt>{q.label}</dt>
              <dd>
                <span className="answer assumed">
                  {value === undefined ? 'Not answered' : `Assumed: ${formatAnswer(q, value)}`}
                  <span className="assumed-why">{assumedAnswers[id as QuestionId]?.why}</span>
                </span>
                <button
                  type="button"
                  className="link"
                  aria-label={`Answer: ${q.label}`}
                  onClick={() => onAnswer(id)}
                >
                  Answer
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      <button type="button" className="secondary" onClick={onRefine}>
        Answer them page by page
      </button>
    </details>
  );
}
