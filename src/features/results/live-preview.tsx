/**
 * The plan as it forms while the user answers, once the decisive answers are in (the shell waits for them). It
 * stays cheap: memoised, no charts, a region rather than an <aside> because the shell decides where it sits,
 * fixed-size slots with tabular figures so nothing jumps, and a polite announcement only when a headline value
 * actually changes and has settled. It says what it is based on: the answers given and the defaults assumed.
 */
import { memo, useEffect, useId, useRef, useState } from 'react';
import { formatMoneyRange, formatWeeksRange } from '@/domain/format';
import type { Plan } from '@/domain/plan';
import './results.css';
import './live-preview.css';

export interface LivePreviewProps {
  plan: Plan;
  /** How many answers the user gave, and how many the plan assumed. */
  basedOn: { given: number; assumed: number };
}

/** Long enough for a burst of typing or clicking to settle before a screen reader hears about it. */
const ANNOUNCE_DELAY_MS = 900;

function headlineOf(plan: Plan) {
  const h = plan.headline;
  return {
    approach: h.approachLabel,
    timeline: formatWeeksRange(h.timelineWeeks),
    build: formatMoneyRange(h.buildCost, plan.costs.currencySymbol),
    monthly: formatMoneyRange(h.monthlyCost, plan.costs.currencySymbol),
    blockers: h.blockers,
  };
}

function LivePreviewImpl({ plan, basedOn }: LivePreviewProps) {
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const titleId = useId();
  const bodyId = useId();
  const v = headlineOf(plan);
  const summary = `${v.approach}; ${v.timeline}; build ${v.build}; ${v.monthly} a month${
    v.blockers > 0 ? `; ${v.blockers} ${v.blockers === 1 ? 'blocker' : 'blockers'}` : ''
  }`;

  // The first value is what the user already sees; only later changes are news.
  const previous = useRef(summary);
  useEffect(() => {
    if (summary === previous.current) return;
    const timer = setTimeout(() => {
      previous.current = summary;
      setAnnouncement(`Plan updated: ${summary}.`);
    }, ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [summary]);

  return (
    <section className="sw-preview" aria-labelledby={titleId}>
      <div className="sw-preview__bar">
        <h2 id={titleId} className="sw-preview__title">
          Your plan so far
        </h2>
        {/* On a phone, the one line the collapsed preview takes: the title's words and the two figures. */}
        <p className="sw-preview__glance" aria-hidden="true">
          <span className="sw-preview__glance-label">Plan so far: </span>
          {v.timeline} · {v.build}
        </p>
        <button
          type="button"
          className="sw-preview__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          aria-label={open ? 'Hide preview' : 'Show preview'}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      <div id={bodyId} className="sw-preview__body" data-open={open}>
        <dl className="sw-preview__figures">
          <div>
            <dt>Approach</dt>
            <dd className="sw-preview__approach">{v.approach}</dd>
          </div>
          <div>
            <dt>Timeline</dt>
            <dd>{v.timeline}</dd>
          </div>
          <div>
            <dt>Build cost</dt>
            <dd>{v.build}</dd>
          </div>
          <div>
            <dt>Monthly run cost</dt>
            <dd>{v.monthly}</dd>
          </div>
          {/* Always present, so a blocker appearing never pushes the panel around. */}
          <div className={v.blockers > 0 ? 'sw-preview__blockers' : undefined}>
            <dt>Blockers</dt>
            <dd>{v.blockers}</dd>
          </div>
        </dl>
        <p className="sw-preview__status">
          Based on {basedOn.given === 1 ? 'one answer' : `${basedOn.given} answers`} of yours
          {basedOn.assumed > 0
            ? `; ${basedOn.assumed === 1 ? 'one more is' : `${basedOn.assumed} more are`} assumed until you answer, and listed in the plan.`
            : '.'}
        </p>
      </div>
      <p className="sw-sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}

/** Re-renders only when the plan object or the basis changes; the shell should keep the plan memoised. */
export const LivePreview = memo(LivePreviewImpl);
