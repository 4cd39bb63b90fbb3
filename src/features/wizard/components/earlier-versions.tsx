import type { Notes } from '@/domain/notes';
import { useEffect, useId, useRef, useState } from 'react';
import type { EarlierDraft, Replacement } from '../model/earlier-drafts';
import type { Answers } from '@/domain/questions';
import type { Pending } from '../model/flow';
import type { DraftPersistence } from '../use-draft-persistence';
import './earlier-versions.css';

const why: Record<Replacement, string> = {
  import: 'replaced by imported answers',
  copy: 'replaced when you edited a copy of a shared plan',
  'start-over': 'replaced when you started over',
  restore: 'replaced when you restored an earlier version',
};

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const nameOf = (e: EarlierDraft) =>
  typeof e.draft.answers.projectName === 'string' && e.draft.answers.projectName.trim()
    ? e.draft.answers.projectName.trim()
    : 'Untitled draft';

const answered = (e: EarlierDraft) => {
  const n = Object.keys(e.draft.answers).length;
  return n === 1 ? '1 answer' : `${n} answers`;
};

/**
 * The drafts replaced lately, newest first, each restorable: restoring keeps the current draft as an earlier
 * version in turn, so moving between them never loses one. Loaded when opened.
 */
export default function EarlierVersions({
  persistence,
  current: [answers, pending],
  onDownload,
  onClose,
}: {
  persistence: DraftPersistence;
  /** The draft now, so an earlier version equal to it is not offered for restoring. */
  current: [Answers, Pending];
  onDownload: (answers: Answers, notes?: Notes) => void;
  onClose: () => void;
}) {
  const current = JSON.stringify([answers, pending]);
  const [deleting, setDeleting] = useState<string | null>(null);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="notice earlier-versions" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Earlier versions
      </h2>
      <p>
        Drafts kept in this browser when they were replaced, newest first (up to five). Restoring one keeps
        your current draft here in turn.
      </p>
      <ul>
        {persistence.earlier.map((e) => {
          const isCurrent = JSON.stringify([e.draft.answers, e.draft.pending]) === current;
          return (
            <li key={e.id}>
              <p>
                <strong>{nameOf(e)}</strong> — {answered(e)}, {why[e.replacedBy]} on {when(e.replacedAt)}
                {isCurrent ? ' (the same as your current draft)' : ''}
              </p>
              {deleting === e.id ? (
                <p>
                  Delete this earlier version for good?{' '}
                  <button
                    type="button"
                    className="danger small"
                    onClick={() => {
                      setDeleting(null);
                      persistence.deleteEarlier(e.id);
                    }}
                  >
                    Delete
                  </button>{' '}
                  <button type="button" className="secondary small" onClick={() => setDeleting(null)}>
                    Cancel
                  </button>
                </p>
              ) : (
                <p>
                  {isCurrent ? null : (
                    <button
                      type="button"
                      className="secondary small"
                      aria-label={`Restore ${nameOf(e)}, ${when(e.replacedAt)}`}
                      onClick={() => {
                        persistence.restoreEarlier(e);
                        onClose();
                      }}
                    >
                      Restore
                    </button>
                  )}{' '}
                  <button
                    type="button"
                    className="secondary small"
                    aria-label={`Download ${nameOf(e)}, ${when(e.replacedAt)}`}
                    onClick={() => onDownload(e.draft.answers, e.draft.notes)}
                  >
                    Download (.json)
                  </button>{' '}
                  <button
                    type="button"
                    className="link"
                    aria-label={`Delete ${nameOf(e)}, ${when(e.replacedAt)}`}
                    onClick={() => setDeleting(e.id)}
                  >
                    Delete
                  </button>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" className="link" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
