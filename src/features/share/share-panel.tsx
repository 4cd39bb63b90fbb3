import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Notes } from '@/domain/notes';
import type { Answers } from '@/domain/questions';
import { formatNumber } from '@/domain/format';
import { RULESET_VERSION } from '@/engine/version';
import { buildShareUrl, encodeShareFragment, SHARE_LINK_WARN_LENGTH } from './model';
import './share.css';

interface Props {
  answers: Answers;
  /** Notes on answers: the link carries them. */
  notes?: Notes;
  /** Offered when the link is too long for mail and chat; the shell downloads the answers file. */
  onDownloadAnswers?: () => void;
  /** The page address the link starts with; defaults to the current page. */
  baseHref?: string;
}

type CopyState = 'idle' | 'copied' | 'manual';

/** "Copy share link" with the link's length, who can read it, and the file export when the link is too long. */
export function SharePanel({ answers, notes, onDownloadAnswers, baseHref }: Props) {
  const headingId = useId();
  const fieldId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<{ state: CopyState; url: string }>({ state: 'idle', url: '' });

  const link = useMemo(() => {
    try {
      // The link names the ruleset of the plan its sender saw, so a later version can say what changed since.
      const fragment = encodeShareFragment(answers, {
        rulesetVersion: RULESET_VERSION,
        ...(notes ? { notes } : {}),
      });
      return buildShareUrl(baseHref ?? window.location.href, fragment);
    } catch {
      return null; // incomplete or invalid answers: nothing trustworthy to share yet
    }
  }, [answers, notes, baseHref]);

  // A copy confirmation belongs to the link it copied; a changed link starts fresh.
  const state: CopyState = copy.url === link ? copy.state : 'idle';

  useEffect(() => {
    if (state === 'manual') {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
  }, [state]);

  if (link === null)
    return (
      <section className="share-panel" aria-labelledby={headingId}>
        <h2 id={headingId}>Share this plan</h2>
        <p>A share link is available once every required question has a valid answer.</p>
      </section>
    );

  const tooLong = link.length > SHARE_LINK_WARN_LENGTH;

  async function copyLink(url: string) {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setCopy({ state: 'copied', url });
    } catch {
      setCopy({ state: 'manual', url });
    }
  }

  return (
    <section className="share-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Share this plan</h2>
      <p>
        The link carries your answers, not the plan: whoever opens it sees the plan recomputed from them.
        Anyone with the link can read your answers, so send it only to people who may see them.
      </p>
      <div className="share-actions">
        <button type="button" className="primary" onClick={() => void copyLink(link)}>
          Copy share link
        </button>
        <span className="share-meta">Link length: {formatNumber(link.length)} characters</span>
      </div>
      {state === 'manual' && (
        <div className="share-link-field">
          <label htmlFor={fieldId}>Share link</label>
          <input
            id={fieldId}
            ref={fieldRef}
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      {tooLong && (
        <div className="notice warning">
          <p>
            This link is {formatNumber(link.length)} characters long. Some mail and chat apps break links
            longer than {formatNumber(SHARE_LINK_WARN_LENGTH)} characters; sending the answers file is safer.
          </p>
          {onDownloadAnswers && (
            <button type="button" className="secondary small" onClick={onDownloadAnswers}>
              Download answers file (.json)
            </button>
          )}
        </div>
      )}
      <p role="status" aria-live="polite" className="share-meta">
        {state === 'copied'
          ? 'Link copied to the clipboard.'
          : state === 'manual'
            ? 'Copying is not available here: the link is selected in the field above, copy it with Ctrl+C (⌘C on a Mac).'
            : ''}
      </p>
    </section>
  );
}
