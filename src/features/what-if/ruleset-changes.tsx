/**
 * A plan opened from a link or an answers file made with an earlier ruleset: what changed in it since. The
 * earlier ruleset is loaded (its own chunk, on demand), the plan worked out again with it, and set beside today's
 * (planChanges in src/engine/what-if/compare.ts). A version this build does not have is named, not guessed at.
 */
import { useEffect, useId, useState } from 'react';
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { evaluate, RULESET_VERSION } from '@/engine';
import { compareRulesetVersions, loadRulesetVersion } from '@/engine/history';
import { planChanges, type PlanChange } from '@/engine/what-if';
import './what-if.css';

interface Request {
  madeWith: string;
  answers: Answers;
  plan: Plan;
  today: string;
  attempt: number;
}

type State =
  | { kind: 'loading' }
  | { kind: 'changes'; changes: PlanChange[] }
  | { kind: 'newer' }
  | { kind: 'unknown' }
  | { kind: 'failed' };

export function RulesetChanges({
  madeWith,
  answers,
  plan,
  today,
}: {
  /** The ruleset the link or file names. */
  madeWith: string;
  answers: Answers;
  /** Today's plan of these answers. */
  plan: Plan;
  today: string;
}) {
  const headingId = useId();
  const [attempt, setAttempt] = useState(0);
  // The result of one request, kept with what it was for: anything else reads as still loading.
  const [result, setResult] = useState<{ for: Request; state: State } | null>(null);
  const older = compareRulesetVersions(madeWith, RULESET_VERSION) < 0;

  useEffect(() => {
    if (madeWith === RULESET_VERSION) return;
    let live = true;
    const asked = { madeWith, answers, plan, today, attempt };
    void loadRulesetVersion(madeWith).then((r) => {
      if (!live) return;
      if (!r.ok) return setResult({ for: asked, state: { kind: r.reason } });
      const before = evaluate(answers, { today, ruleset: r.ruleset, rulesetVersion: madeWith });
      setResult({ for: asked, state: { kind: 'changes', changes: planChanges(before, plan, answers) } });
    });
    return () => {
      live = false;
    };
  }, [madeWith, answers, plan, today, attempt]);
  const current =
    result &&
    result.for.madeWith === madeWith &&
    result.for.answers === answers &&
    result.for.plan === plan &&
    result.for.attempt === attempt;
  const state: State = current ? result.state : { kind: 'loading' };

  if (madeWith === RULESET_VERSION) return null;
  return (
    <section className="notice wi-ruleset" aria-labelledby={headingId}>
      <h2 id={headingId} className="wi-ruleset__title">
        {older
          ? `Made with ruleset ${madeWith}; this plan uses ${RULESET_VERSION}`
          : `Made with ruleset ${madeWith}, newer than this version’s ${RULESET_VERSION}`}
      </h2>
      {state.kind === 'loading' ? (
        <p role="status">Working out what changed since…</p>
      ) : state.kind === 'newer' ? (
        <p>
          This version of Scopewise cannot say what differs: the plan below is worked out with its own rules.
        </p>
      ) : state.kind === 'unknown' ? (
        <p>That ruleset is not one this version knows; the plan below is worked out with today’s rules.</p>
      ) : state.kind === 'failed' ? (
        <p>
          The earlier ruleset could not be loaded (offline?), so what changed cannot be shown yet.{' '}
          <button type="button" className="link" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </p>
      ) : state.changes.length === 0 ? (
        <p>
          Nothing in the plan changed since: the same approach, hosting, figures, blockers, risks and
          obligations.
        </p>
      ) : (
        <>
          <p>What changed in the plan since, for the same answers:</p>
          <ul>
            {state.changes.map((c, i) => (
              <li key={`${c.label}-${i}`}>
                <strong>{c.label}:</strong>{' '}
                {c.added || c.removed ? (
                  <>
                    {c.added?.length ? <>added {c.added.join('; ')}</> : null}
                    {c.added?.length && c.removed?.length ? '; ' : null}
                    {c.removed?.length ? <>no longer {c.removed.join('; ')}</> : null}
                  </>
                ) : (
                  <>
                    {c.before} → {c.after}
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
