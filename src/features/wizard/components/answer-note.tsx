import { useId, useState } from 'react';
import { NOTE_MAX_LENGTH } from '@/domain/note-limit';
import { WizardActor } from '../wizard-actor';
import './answer-note.css';

/**
 * The note on one answer, on the review page: shown as plain text under the answer, and written in a small text
 * box opened by "Add a note" / "Edit the note". Every keystroke is kept in the draft, like an answer.
 */
export function AnswerNote({ questionId, label }: { questionId: string; label: string }) {
  const actor = WizardActor.useActorRef();
  const note = WizardActor.useSelector((s) => s.context.notes[questionId] ?? '');
  const [open, setOpen] = useState(false);
  const fieldId = useId();
  const countId = useId();
  return (
    <dd className="review-note">
      {note && !open ? (
        <p>
          <strong>Note: </strong>
          {note}
        </p>
      ) : null}
      {open ? (
        <div>
          <label htmlFor={fieldId}>Note on “{label}”</label>
          <textarea
            id={fieldId}
            value={note}
            maxLength={NOTE_MAX_LENGTH}
            rows={2}
            aria-describedby={countId}
            // Focus follows the user's own click on "Add a note": the field they asked for.
            autoFocus
            placeholder="Why this answer, who confirmed it"
            onChange={(e) => actor.send({ type: 'notes.change', questionId, note: e.target.value })}
          />
          <p id={countId}>
            {note.length} of {NOTE_MAX_LENGTH} characters. Plain text; kept with your answers, in exports and
            share links.
          </p>
          <button type="button" className="secondary small" onClick={() => setOpen(false)}>
            Done
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="link"
          aria-label={`${note ? 'Edit the note on' : 'Add a note on'}: ${label}`}
          onClick={() => setOpen(true)}
        >
          {note ? 'Edit the note' : 'Add a note'}
        </button>
      )}
    </dd>
  );
}
