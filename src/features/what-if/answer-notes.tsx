/**
 * The notes on answers, read-only: each with its question and the answer it explains. Plain text, rendered as
 * React text (never as markup). Shown on the results page and on a shared plan; edited on the review page.
 */
import { useId } from 'react';
import { notesOfAnswers, type Notes } from '@/domain/notes';
import { formatAnswer, questionById, questions, type Answers } from '@/domain/questions';
import './what-if.css';

export function AnswerNotes({
  notes,
  answers,
  level = 2,
}: {
  notes: Notes;
  answers: Answers;
  level?: 2 | 3;
}) {
  const headingId = useId();
  const kept = notesOfAnswers(notes, answers);
  const ids = questions.map((q) => q.id).filter((id) => kept[id]);
  if (!ids.length) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="sw-section wi-section" aria-labelledby={headingId}>
      <Heading id={headingId}>Notes on the answers</Heading>
      <dl className="wi-notes">
        {ids.map((id) => {
          const q = questionById.get(id)!;
          return (
            <div key={id}>
              <dt>
                {q.label} <span className="wi-muted">{formatAnswer(q, answers[id])}</span>
              </dt>
              <dd>{kept[id]}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
