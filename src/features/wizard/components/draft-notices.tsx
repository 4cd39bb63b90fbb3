/**
 * The draft actions' rarer moments, loaded when one happens: confirming a start over, reading an answers file
 * and saying why it was not imported, and the undo that follows a replacement. Given what to show and what to
 * do, so they share no module with the questionnaire's first page.
 */
import type { ParseResult } from '@/domain/answers';
import type { AnswersFile } from '@/domain/answers-format';
import { splitByApplicability } from '@/domain/questions';
import { loadValidation } from '../model/validation-loader';
import type { UndoReason } from '../machine';

/** An answers file with only the answers that apply, or why it cannot be imported. */
export async function readAnswersFile(file: File): Promise<ParseResult<AnswersFile>> {
  let result: ParseResult<AnswersFile>;
  try {
    const [bytes, { parseAnswersBytes, upgradeAnswers }] = await Promise.all([
      file.arrayBuffer(),
      loadValidation(),
    ]);
    result = parseAnswersBytes(new Uint8Array(bytes));
    // A file written before a question was retired opens with its answer where the question is asked now.
    if (result.ok)
      result = { ok: true, value: { ...result.value, answers: upgradeAnswers(result.value.answers) } };
  } catch {
    result = {
      ok: false,
      errors: [
        'The file could not be read, or part of Scopewise failed to load: reload the page and try again.',
      ],
    };
  }
  return result.ok
    ? { ok: true, value: { ...result.value, answers: splitByApplicability(result.value.answers).active } }
    : result;
}

export function StartOverConfirm({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  return (
    <div className="notice warning" role="group" aria-label="Confirm start over">
      <p>
        Start over with an empty questionnaire? Your current answers are kept under “Earlier versions”, where
        you can restore them.
      </p>
      <button type="button" className="danger small" autoFocus onClick={onConfirm}>
        Yes, clear my answers
      </button>
      <button type="button" className="secondary small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

export function ImportErrors({
  file,
  errors,
  onDismiss,
}: {
  file: string;
  errors: string[];
  onDismiss: () => void;
}) {
  return (
    <div className="notice error" role="alert">
      <p>
        “{file}” was not imported, and nothing was changed. {errors.length === 1 ? 'Problem' : 'Problems'}:
      </p>
      <ul>
        {errors.slice(0, 12).map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      {errors.length > 12 ? <p>…and {errors.length - 12} more.</p> : null}
      <button type="button" className="link" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

const undoText: Record<UndoReason, string> = {
  import: 'Answers imported.',
  copy: 'You are editing a copy of the shared plan.',
  'start-over': 'Your answers were cleared.',
  restore: 'Earlier version restored.',
};

/**
 * What replaced the draft, where the draft it replaced is, and the way back. Nothing is said to be kept, and no
 * undo is offered, when there was no draft before (a shared plan copied in a fresh browser).
 */
export function UndoNotice({
  reason,
  hadDraft,
  kept,
  onUndo,
}: {
  reason: UndoReason;
  hadDraft: boolean;
  /** False when the draft replaced could not be kept as an earlier version (storage full). */
  kept: boolean;
  onUndo: () => void;
}) {
  return (
    <div className="notice" role="status">
      <p>
        {undoText[reason]}{' '}
        {!kept || !hadDraft
          ? ''
          : reason === 'start-over'
            ? 'They are kept under “Earlier versions”.'
            : 'The draft you had is kept under “Earlier versions”.'}
      </p>
      {hadDraft ? (
        <button type="button" className="secondary small" onClick={onUndo}>
          Undo
        </button>
      ) : null}
    </div>
  );
}
