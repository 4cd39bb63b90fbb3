import type { AutosaveStatus, LoadResult } from '@/features/wizard';

interface Props {
  loadProblem: LoadResult['problem'];
  status: AutosaveStatus;
  onDownload: () => void;
}

/** Tells the user, plainly, whenever their work is not safely saved, and what to do about it. */
export function StorageNotices({ loadProblem, status, onDownload }: Props) {
  const notices: { key: string; text: string; download?: boolean }[] = [];
  if (loadProblem?.kind === 'unreadable')
    notices.push({
      key: 'unreadable',
      text: loadProblem.movedTo
        ? `Your saved draft could not be read, so it was moved aside (kept in this browser's storage as “${loadProblem.movedTo}”) and a new draft was started.`
        : 'Your saved draft could not be read and could not be moved aside; it was left untouched and a new draft was started.',
    });
  if (loadProblem?.kind === 'newer')
    notices.push({
      key: 'newer',
      text: 'Your saved draft was written by a newer version of Scopewise. It was kept aside, untouched, and a new draft was started here.',
    });
  if (loadProblem?.kind === 'unavailable' || (!status.ok && status.reason === 'unavailable'))
    notices.push({
      key: 'unavailable',
      text: 'This browser does not let Scopewise save your answers, so they will be lost when you close the page. Download them to keep them.',
      download: true,
    });
  if (!status.ok && status.reason === 'full')
    notices.push({
      key: 'full',
      text: 'Browser storage is full, so your latest answers are not saved. Download them to keep them.',
      download: true,
    });
  if (!status.ok && status.reason === 'other-tab')
    notices.push({
      key: 'other-tab',
      text: 'This draft was changed in another tab. Reload this page to continue with the latest version; changes made here will overwrite it.',
    });
  if (notices.length === 0) return null;
  return (
    <div className="storage-notices">
      {notices.map((n) => (
        <div key={n.key} className="notice warning" role="alert">
          <p>{n.text}</p>
          {n.download ? (
            <button type="button" className="secondary small" onClick={onDownload}>
              Download answers (.json)
            </button>
          ) : null}
        </div>
      ))}
    </div>
  );
}
