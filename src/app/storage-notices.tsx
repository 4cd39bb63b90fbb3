import { useState } from 'react';
import type { Notes } from '@/domain/notes';
import { formatAnswer, questionById, type Answers } from '@/domain/questions';
import { downloadFile } from '@/components/ui/download';
import { DRAFT_KEY, type DraftPersistence, type FieldState, type LoadResult } from '@/features/wizard';

interface Props {
  storage: Storage | null;
  loadProblem: LoadResult['problem'];
  persistence: DraftPersistence;
  answers: Answers;
  /** Notes on answers: a download of the draft keeps them. */
  notes?: Notes;
  onDownload: (answers: Answers, notes?: Notes) => void;
  onUndo: () => void;
}

const label = (id: string) => questionById.get(id)?.label ?? id;

function shown(id: string, f: FieldState): string {
  const note = f.note ? `, with the note “${f.note}”` : '';
  return `${answerShown(id, f)}${note}`;
}

function answerShown(id: string, f: FieldState): string {
  const q = questionById.get(id);
  if (f.pending !== undefined) return `“${f.pending}” (not a valid answer yet)`;
  if (f.answer === undefined || !q) return 'no answer';
  return `“${formatAnswer(q, f.answer)}”`;
}

/** Saves a stored item exactly as it is, so nothing in storage is ever lost for want of room or readability. */
function downloadStored(storage: Storage | null, key: string, name: string): boolean {
  let raw: string | null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    return false;
  }
  if (raw === null) return false;
  downloadFile(`${name}-${new Date().toISOString().slice(0, 10)}.json`, raw, 'application/json');
  return true;
}

/**
 * Tells the user, plainly, whenever their work is not safely saved or was changed elsewhere, and what to do about
 * it. Loaded only when there is something to say. No advice here may cost the user work: a way out that drops
 * unsaved answers (reloading, deleting) is only offered once they could download them.
 */
export default function StorageNotices({
  storage,
  loadProblem,
  persistence,
  answers,
  notes,
  onDownload,
  onUndo,
}: Props) {
  const { save, conflicts, remote, movedAside } = persistence;
  const [downloaded, setDownloaded] = useState(false);
  const download = () => onDownload(answers, notes);

  const held = save.kind === 'held' ? save.why : null;
  return (
    <div className="storage-notices">
      {loadProblem?.kind === 'unreadable' && loadProblem.movedTo ? (
        <div className="notice warning" role="alert">
          <p>
            Your saved draft could not be read, so it was moved aside, unchanged, and a new draft was started.
            It is kept in this browser’s storage as “{loadProblem.movedTo}”.
          </p>
          <button
            type="button"
            className="secondary small"
            onClick={() => downloadStored(storage, loadProblem.movedTo!, 'scopewise-unreadable-draft')}
          >
            Download the unreadable draft
          </button>
        </div>
      ) : null}
      {loadProblem?.kind === 'newer' && loadProblem.movedTo ? (
        <div className="notice warning" role="alert">
          <p>
            Your saved draft was written by a newer version of Scopewise. It was kept aside, unchanged, as “
            {loadProblem.movedTo}”, and a new draft was started here.
          </p>
          <button
            type="button"
            className="secondary small"
            onClick={() => downloadStored(storage, loadProblem.movedTo!, 'scopewise-newer-draft')}
          >
            Download that draft
          </button>
        </div>
      ) : null}
      {loadProblem?.kind === 'repaired' ? (
        <div className="notice" role="status">
          <p>
            Your draft was opened, but{' '}
            {loadProblem.questionIds.length === 1
              ? 'one saved answer no longer passes'
              : 'some saved answers no longer pass'}{' '}
            Scopewise’s checks. {loadProblem.questionIds.length === 1 ? 'It is' : 'They are'} kept as you
            typed {loadProblem.questionIds.length === 1 ? 'it' : 'them'}, waiting for you to fix:{' '}
            {loadProblem.questionIds.map(label).join(', ')}.
          </p>
        </div>
      ) : null}
      {held === 'unreadable' || held === 'newer' ? (
        <div className="notice warning" role="alert">
          <p>
            {held === 'newer'
              ? 'Your saved draft was written by a newer version of Scopewise'
              : 'Your saved draft could not be read'}
            , and there is no room in this browser’s storage to move it aside. It is left exactly as it was,
            and nothing you enter here is saved until you decide what to do with it. Download it first to keep
            it.
          </p>
          <button
            type="button"
            className="secondary small"
            onClick={() => setDownloaded(downloadStored(storage, DRAFT_KEY, 'scopewise-saved-draft'))}
          >
            Download the saved draft
          </button>
          {downloaded ? (
            <button type="button" className="danger small" onClick={persistence.release}>
              Delete it from this browser and save my answers here
            </button>
          ) : null}
        </div>
      ) : null}
      {held === 'newer-elsewhere' ? (
        <div className="notice warning" role="alert">
          <p>
            Another Scopewise tab, updated to a newer version, has saved this draft. So that it is not
            overwritten, nothing you enter in this tab is saved.{' '}
            {persistence.unsaved
              ? 'Download the answers you changed here, then reload this tab to continue with the newer version.'
              : 'Reload this tab to continue with the newer version: nothing here is lost.'}
          </p>
          {persistence.unsaved ? (
            <button
              type="button"
              className="secondary small"
              onClick={() => {
                download();
                setDownloaded(true);
              }}
            >
              Download answers (.json)
            </button>
          ) : null}
          {!persistence.unsaved || downloaded ? (
            <button type="button" className="secondary small" onClick={() => window.location.reload()}>
              Reload
            </button>
          ) : null}
        </div>
      ) : null}
      {save.kind === 'held' && save.why === 'not-kept' ? (
        <div className="notice warning" role="alert">
          <p>
            Browser storage is full, so the draft you had could not be kept as an earlier version. It is still
            the saved draft, and the new answers are not saved until you choose.
          </p>
          {save.previous ? (
            <button
              type="button"
              className="secondary small"
              onClick={() => onDownload(save.previous!.answers, save.previous!.notes)}
            >
              Download the previous draft
            </button>
          ) : null}
          <button type="button" className="secondary small" onClick={onUndo}>
            Undo
          </button>
          <button type="button" className="secondary small" onClick={persistence.release}>
            Continue without keeping it
          </button>
        </div>
      ) : null}
      {save.kind === 'failed' || loadProblem?.kind === 'unavailable' ? (
        <div className="notice warning" role="alert">
          <p>
            {save.kind === 'failed' && save.reason === 'full'
              ? `Browser storage is full, so your latest answers are not saved; what was saved before is unchanged. Download them to keep them.${persistence.earlier.length > 0 ? ' Deleting earlier versions you no longer need makes room.' : ''}`
              : 'This browser does not let Scopewise save your answers, so they will be lost when you close the page. Download them to keep them.'}
          </p>
          <button type="button" className="secondary small" onClick={download}>
            Download answers (.json)
          </button>
        </div>
      ) : null}
      {movedAside ? (
        <div className="notice warning" role="alert">
          <p>
            A draft in this browser’s storage could not be read. It was moved aside, unchanged, as “
            {movedAside}”, and your answers were saved.
          </p>
          <button
            type="button"
            className="secondary small"
            onClick={() => downloadStored(storage, movedAside, 'scopewise-unreadable-draft')}
          >
            Download the unreadable draft
          </button>
        </div>
      ) : null}
      {conflicts.map((c) => (
        <div key={c.questionId} className="notice warning" role="alert">
          <p>
            “{label(c.questionId)}” was changed in another tab while you changed it here. In the other tab:{' '}
            {shown(c.questionId, c.theirs)}. Here: {shown(c.questionId, c.mine)}. Until you choose, the other
            tab’s answer stays saved.
          </p>
          <button
            type="button"
            className="secondary small"
            onClick={() => persistence.keepMine(c.questionId)}
          >
            Keep this tab’s answer
          </button>
          <button
            type="button"
            className="secondary small"
            onClick={() => persistence.useTheirs(c.questionId)}
          >
            Use the other tab’s answer
          </button>
        </div>
      ))}
      {remote.length > 0 ? (
        <div className="notice" role="status">
          <p>
            Changes made in another Scopewise tab now show here too:{' '}
            {remote.slice(0, 6).map(label).join(', ')}
            {remote.length > 6 ? ` and ${remote.length - 6} more` : ''}.
          </p>
          <button type="button" className="link" onClick={persistence.dismissRemote}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
