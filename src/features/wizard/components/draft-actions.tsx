import { useId, useRef, useState } from 'react';
import type { ParseResult } from '@/domain/answers';
import { toAnswersFile, type AnswersFile } from '@/domain/answers-format';
import { splitByApplicability } from '@/domain/questions';
import { downloadFile, slugify } from '@/components/ui/download';
import { loadValidation } from '../model/validation-loader';
import { WizardActor } from '../wizard-actor';

export function downloadAnswers(answers: Parameters<typeof splitByApplicability>[0]) {
  const { active } = splitByApplicability(answers);
  const name = typeof active.projectName === 'string' ? active.projectName : '';
  downloadFile(
    `scopewise-answers-${slugify(name, 'draft')}.json`,
    `${JSON.stringify(toAnswersFile(active), null, 2)}\n`,
    'application/json',
  );
}

/** Download, import, start over, and the undo that follows the last two. */
export function DraftActions() {
  const actor = WizardActor.useActorRef();
  const answers = WizardActor.useSelector((s) => s.context.answers);
  const undo = WizardActor.useSelector((s) => s.context.undo);
  const [confirming, setConfirming] = useState(false);
  const [importErrors, setImportErrors] = useState<{ file: string; errors: string[] } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    let result: ParseResult<AnswersFile>;
    try {
      const [text, { parseAnswersFile, upgradeAnswers }] = await Promise.all([file.text(), loadValidation()]);
      result = parseAnswersFile(text);
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
    if (fileRef.current) fileRef.current.value = '';
    if (!result.ok) {
      setImportErrors({ file: file.name, errors: result.errors });
      return;
    }
    setImportErrors(null);
    actor.send({ type: 'answers.import', answers: splitByApplicability(result.value.answers).active });
  };

  return (
    <div className="draft-actions">
      <div className="draft-buttons">
        <button type="button" className="secondary small" onClick={() => downloadAnswers(answers)}>
          Download answers (.json)
        </button>
        <label className="file-button secondary small" htmlFor={inputId}>
          Import answers file (.json)
        </label>
        <input
          id={inputId}
          ref={fileRef}
          className="file-input"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <button
          type="button"
          className="secondary small"
          onClick={() => setConfirming(true)}
          aria-expanded={confirming}
        >
          Start over
        </button>
      </div>
      {confirming ? (
        <div className="notice warning" role="group" aria-label="Confirm start over">
          <p>Start over? Every answer is cleared. You can undo this straight after.</p>
          <button
            type="button"
            className="danger small"
            autoFocus
            onClick={() => {
              setConfirming(false);
              actor.send({ type: 'draft.startOver' });
            }}
          >
            Yes, clear my answers
          </button>
          <button type="button" className="secondary small" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : null}
      {importErrors ? (
        <div className="notice error" role="alert">
          <p>
            “{importErrors.file}” was not imported, and nothing was changed.{' '}
            {importErrors.errors.length === 1 ? 'Problem' : 'Problems'}:
          </p>
          <ul>
            {importErrors.errors.slice(0, 12).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          {importErrors.errors.length > 12 ? <p>…and {importErrors.errors.length - 12} more.</p> : null}
          <button type="button" className="link" onClick={() => setImportErrors(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      {undo ? (
        <div className="notice" role="status">
          <p>
            {undo.reason === 'import'
              ? 'Answers imported; your previous draft was kept.'
              : 'Your answers were cleared.'}
          </p>
          <button
            type="button"
            className="secondary small"
            onClick={() => actor.send({ type: 'draft.undo' })}
          >
            Undo
          </button>
        </div>
      ) : null}
    </div>
  );
}
