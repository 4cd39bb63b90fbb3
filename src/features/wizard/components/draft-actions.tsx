import { lazy, Suspense, useId, useRef, useState } from 'react';
import { downloadAnswers } from '../download-answers';
import type { DraftPersistence } from '../use-draft-persistence';
import { WizardActor } from '../wizard-actor';

const EarlierVersions = lazy(() => import('./earlier-versions'));
// Rare moments (a confirmation, a refused file, an undo): their code arrives when one happens.
const loadNotices = () => import('./draft-notices');
const StartOverConfirm = lazy(() => loadNotices().then((m) => ({ default: m.StartOverConfirm })));
const ImportErrors = lazy(() => loadNotices().then((m) => ({ default: m.ImportErrors })));
const UndoNotice = lazy(() => loadNotices().then((m) => ({ default: m.UndoNotice })));

/** The earlier versions beside the draft as it is now, which they are compared with. */
function CurrentEarlierVersions({
  persistence,
  onClose,
}: {
  persistence: DraftPersistence;
  onClose: () => void;
}) {
  const answers = WizardActor.useSelector((s) => s.context.answers);
  const pending = WizardActor.useSelector((s) => s.context.pending);
  return (
    <EarlierVersions
      persistence={persistence}
      current={[answers, pending]}
      onDownload={downloadAnswers}
      onClose={onClose}
    />
  );
}

/**
 * Download, import, start over, the earlier versions, and the undo that follows a replacement. Every
 * replacement keeps the draft it replaces as an earlier version first (use-draft-persistence.ts).
 */
export function DraftActions({ persistence }: { persistence: DraftPersistence }) {
  const actor = WizardActor.useActorRef();
  // Read when a button is pressed, not subscribed to: typing must not redraw the header.
  const current = () => actor.getSnapshot().context;
  const undo = WizardActor.useSelector((s) => s.context.undo);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const [confirming, setConfirming] = useState(false);
  const [showEarlier, setShowEarlier] = useState(false);
  const notKept = persistence.save.kind === 'held' && persistence.save.why === 'not-kept';
  const [importErrors, setImportErrors] = useState<{ file: string; errors: string[] } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await loadNotices().then(
      (m) => m.readAnswersFile(file),
      () => ({
        ok: false as const,
        errors: ['Part of Scopewise failed to load: reload the page and try again.'],
      }),
    );
    if (fileRef.current) fileRef.current.value = '';
    if (!result.ok) {
      setImportErrors({ file: file.name, errors: result.errors });
      return;
    }
    setImportErrors(null);
    const { answers, notes: fileNotes, rulesetVersion } = result.value;
    actor.send({
      type: 'answers.import',
      answers,
      ...(fileNotes ? { notes: fileNotes } : {}),
      ...(rulesetVersion ? { madeWith: rulesetVersion } : {}),
    });
  };

  return (
    <div className="draft-actions">
      {/* On a phone the draft's actions fold behind one button, so the header stays one line. */}
      <button
        type="button"
        className="draft-menu-toggle secondary small"
        aria-expanded={menuOpen}
        aria-controls={menuId}
        onClick={() => setMenuOpen((o) => !o)}
      >
        Your draft
      </button>
      <div className="draft-buttons" id={menuId} data-open={menuOpen}>
        <button
          type="button"
          className="secondary small"
          onClick={() => downloadAnswers(current().answers, current().notes)}
        >
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
          <CurrentEarlierVersions persistence={persistence} onClose={() => setShowEarlier(false)} />
        </Suspense>
      ) : null}
      <Suspense fallback={null}>
        {confirming ? (
          <StartOverConfirm
            onConfirm={() => {
              setConfirming(false);
              actor.send({ type: 'draft.startOver' });
            }}
            onCancel={() => setConfirming(false)}
          />
        ) : null}
        {importErrors ? (
          <ImportErrors
            file={importErrors.file}
            errors={importErrors.errors}
            onDismiss={() => setImportErrors(null)}
          />
        ) : null}
        {undo ? (
          <UndoNotice
            reason={undo.reason}
            hadDraft={Object.keys(undo.answers).length > 0 || Object.keys(undo.pending).length > 0}
            kept={!notKept}
            onUndo={() => actor.send({ type: 'draft.undo' })}
          />
        ) : null}
      </Suspense>
    </div>
  );
}
