import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { ParseResult } from '@/domain/answers';
import type { AnswersFile } from '@/domain/answers-format';
import { splitByApplicability } from '@/domain/questions';
import { downloadAnswers } from '../download-answers';
import { loadValidation } from '../model/validation-loader';
import type { DraftPersistence } from '../use-draft-persistence';
import { WizardActor } from '../wizard-actor';

const EarlierVersions = lazy(() => import('./earlier-versions'));

const undoText = {
  import: 'Answers imported.',
  copy: 'You are editing a copy of the shared plan.',
  'start-over': 'Your answers were cleared.',
  restore: 'Earlier version restored.',
};

/**
 * Download, import, start over, the earlier versions, and the undo that follows a replacement. Every
 * replacement keeps the draft it replaces as an earlier version first (use-draft-persistence.ts).
 */
export function DraftActions({ persistence }: { persistence: DraftPersistence }) {
  const actor = WizardActor.useActorRef();
  const answers = WizardActor.useSelector((s) => s.context.answers);
  const pending = WizardActor.useSelector((s) => s.context.pending);
  const undo = WizardActor.useSelector((s) => s.context.undo);
  const notes = WizardActor.useSelector((s) => s.context.notes);
  const [confirming, setConfirming] = useState(false);
  const [showEarlier, setShowEarlier] = useState(false);
  const notKept = persistence.save.kind === 'held' && persistence.save.why === 'not-kept';
  const [importErrors, setImportErrors] = useState<{ file: string; errors: string[] } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
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
    if (fileRef.current) fileRef.current.value = '';
    if (!result.ok) {
      setImportErrors({ file: file.name, errors: result.errors });
      return;
    }
    setImportErrors(null);
    const { notes: fileNotes, rulesetVersion } = result.value;
    actor.send({
      type: 'answers.import',
      answers: splitByApplicability(result.value.answers).active,
      ...(fileNotes ? { notes: fileNotes } : {}),
      ...(rulesetVersion ? { madeWith: rulesetVersion } : {}),
    });
  };

  return (
    <div className="draft-actions">
      <div className="draft-buttons">
        <button type="button" className="secondary small" onClick={() => downloadAnswers(answers, notes)}>
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
        {persistence.earlier.length > 0 ? (
          <button
            type="button"
            className="secondary small"
            onClick={() => setShowEarlier((v) => !v)}
            aria-expanded={showEarlier}
          >
            Earlier versions ({persistence.earlier.length})
          </button>
        ) : null}
      </div>
      {showEarlier && persistence.earlier.length > 0 ? (
        <Suspense fallback={<p className="loading">Opening earlier versions…</p>}>
          <EarlierVersions
            persistence={persistence}
            current={[answers, pending]}
            onDownload={downloadAnswers}
            onClose={() => setShowEarlier(false)}
          />
        </Suspense>
      ) : null}
      {confirming ? (
        <div className="notice warning" role="group" aria-label="Confirm start over">
          <p>
            Start over with an empty questionnaire? Your current answers are kept under “Earlier versions”,
            where you can restore them.
          </p>
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
            {undoText[undo.reason]}{' '}
            {notKept || (Object.keys(undo.answers).length === 0 && Object.keys(undo.pending).length === 0)
              ? ''
              : undo.reason === 'start-over'
                ? 'They are kept under “Earlier versions”.'
                : 'The draft you had is kept under “Earlier versions”.'}
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
