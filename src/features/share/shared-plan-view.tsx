import { Component, useEffect, useId, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import type { Answers } from '@/domain/questions';
import { decodeShareFragment, type DecodeFailureReason, type ShareExtras } from './model';
import './share.css';

interface Props {
  /** `location.hash`, with or without the '#'. */
  fragment: string;
  /** What keeping the shared answers does to the user's own draft, in the shell's words. */
  keepNote?: string;
  /**
   * Whether this browser holds a draft of the user's own. Without one, nothing speaks of "my draft": the plan can
   * be copied to edit, or a new one started.
   */
  hasDraft?: boolean;
  /**
   * The shell's read-only plan for these answers (kept a render prop so features stay independent), with what
   * else the link carries: notes, the ruleset it was made with, the scenarios of a comparison.
   */
  renderPlan: (answers: Answers, extras: ShareExtras) => ReactNode;
  /** Open the shared answers as a new draft to change them. */
  onEditCopy: (answers: Answers, extras: ShareExtras) => void;
  /** Make these answers the user's draft; the shell keeps the draft it replaces as an earlier version. */
  onImport: (answers: Answers, extras: ShareExtras) => void;
  /** Back to the user's own draft, unchanged. */
  onLeave: () => void;
  /** Start an empty plan; the button shows only when the shell provides this. */
  onStartNew?: () => void;
}

const failureTitles: Record<DecodeFailureReason, string> = {
  'truncated-or-altered': 'This link is incomplete or was altered',
  'newer-version': 'This link was made by a newer version of Scopewise',
  'too-large': 'This link is too large to open',
  'not-ours': 'This is not a Scopewise link',
};

/**
 * What opening a share link shows: a read-only plan with explicit ways to keep it, or, for a bad link, why it did
 * not open and where to go next. It never writes storage; whatever is kept goes through the callbacks.
 */
export function SharedPlanView({
  fragment,
  keepNote,
  hasDraft = true,
  renderPlan,
  onEditCopy,
  onImport,
  onLeave,
  onStartNew,
}: Props) {
  const result = useMemo(() => decodeShareFragment(fragment), [fragment]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  useEffect(() => {
    headingRef.current?.focus();
  }, [fragment]);

  if (!result.ok)
    return (
      <FailureView
        headingRef={headingRef}
        title={failureTitles[result.reason]}
        message={result.message}
        hasDraft={hasDraft}
        onLeave={onLeave}
        onStartNew={onStartNew}
      />
    );

  const { answers } = result;
  const extras: ShareExtras = {
    ...(result.notes ? { notes: result.notes } : {}),
    ...(result.rulesetVersion ? { rulesetVersion: result.rulesetVersion } : {}),
    ...(result.scenarios ? { scenarios: result.scenarios } : {}),
  };
  return (
    <div className="shared-view">
      <section className="notice shared-banner" aria-labelledby={headingId}>
        <h1 id={headingId} ref={headingRef} tabIndex={-1}>
          You are viewing a shared plan
        </h1>
        <p>
          {hasDraft
            ? 'Nothing has been saved: your own draft is unchanged.'
            : 'Nothing has been saved in this browser.'}{' '}
          {keepNote}
        </p>
        {result.migratedFrom !== undefined && (
          <p>
            This link was made by an earlier version of Scopewise; its answers were brought up to date to open
            here.
          </p>
        )}
        <div className="share-actions">
          <button type="button" className="primary" onClick={() => onEditCopy(answers, extras)}>
            Edit a copy
          </button>
          {hasDraft ? (
            <>
              <button type="button" className="secondary" onClick={() => onImport(answers, extras)}>
                Import into my draft
              </button>
              <button type="button" className="secondary" onClick={onLeave}>
                Back to my draft
              </button>
            </>
          ) : onStartNew ? (
            <button type="button" className="secondary" onClick={onStartNew}>
              Start a new plan
            </button>
          ) : null}
        </div>
      </section>
      <PlanBoundary key={fragment} hasDraft={hasDraft} onLeave={onLeave} onStartNew={onStartNew}>
        <PlanSlot renderPlan={renderPlan} answers={answers} extras={extras} />
      </PlanBoundary>
    </div>
  );
}

function FailureView({
  headingRef,
  title,
  message,
  hasDraft,
  onLeave,
  onStartNew,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  title: string;
  message: string;
  hasDraft: boolean;
  onLeave: () => void;
  onStartNew: (() => void) | undefined;
}) {
  const headingId = useId();
  return (
    <section className="notice warning shared-banner" aria-labelledby={headingId}>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <p>{message}</p>
      <p>
        {hasDraft ? 'Nothing has been changed: your draft is as you left it.' : 'Nothing has been changed.'}
      </p>
      <div className="share-actions">
        {hasDraft ? (
          <button type="button" className="primary" onClick={onLeave}>
            Back to my draft
          </button>
        ) : null}
        {onStartNew && (
          <button type="button" className={hasDraft ? 'secondary' : 'primary'} onClick={onStartNew}>
            Start a new plan
          </button>
        )}
      </div>
    </section>
  );
}

/** Calls the render prop below the boundary, so a throwing plan is caught instead of unmounting the page. */
function PlanSlot({
  renderPlan,
  answers,
  extras,
}: {
  renderPlan: Props['renderPlan'];
  answers: Answers;
  extras: ShareExtras;
}) {
  return <>{renderPlan(answers, extras)}</>;
}

interface BoundaryProps {
  children: ReactNode;
  hasDraft: boolean;
  onLeave: () => void;
  onStartNew: (() => void) | undefined;
}

/** A plan that fails to render from a decoded link must not blank the page. */
class PlanBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice error" role="alert">
        <p>
          The plan for this link could not be shown.
          {this.props.hasDraft ? ' Your draft has not been changed.' : ''}
        </p>
        <div className="share-actions">
          {this.props.hasDraft ? (
            <button type="button" className="secondary small" onClick={this.props.onLeave}>
              Back to my draft
            </button>
          ) : this.props.onStartNew ? (
            <button type="button" className="secondary small" onClick={this.props.onStartNew}>
              Start a new plan
            </button>
          ) : null}
        </div>
      </div>
    );
  }
}
