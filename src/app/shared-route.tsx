import { useMemo } from 'react';
import { splitByApplicability, type Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { ExportButtons } from '@/features/export';
import { PlanView } from '@/features/results';
import { SharedPlanView, type ShareExtras } from '@/features/share';
import { getStorage } from '@/features/wizard';
import {
  AnswerNotes,
  ComparisonView,
  RulesetChanges,
  ScenarioStore,
  useWhatIf,
  WhatIfSection,
} from '@/features/what-if';
import { todayIso } from './today';
import { comparisonServices } from './what-if-services';

interface Props {
  fragment: string;
  /** The user's own draft's project name, '' when it has none, null when there is no draft. */
  draftName: string | null;
  onKeep: (answers: Answers, then: 'edit' | 'review', extras: ShareExtras) => void;
  onLeave: () => void;
  onStartNew: () => void;
}

function ReadOnlyPlan({ answers, extras }: { answers: Answers; extras: ShareExtras }) {
  const today = todayIso();
  const active = useMemo(() => splitByApplicability(answers).active, [answers]);
  const plan = useMemo(() => evaluate(active, { today }), [active, today]);
  const whatIf = useWhatIf(active, today);
  const { notes = {}, rulesetVersion, scenarios } = extras;
  return (
    <>
      {rulesetVersion ? (
        <RulesetChanges madeWith={rulesetVersion} answers={active} plan={plan} today={today} />
      ) : null}
      <PlanView
        plan={plan}
        answers={active}
        headingLevel={2}
        // Whoever opens a link can take the document they need from it: the one-pager, the backlog…
        actions={
          <ExportButtons
            plan={plan}
            answers={active}
            notes={notes}
            headingLevel={3}
            prepare={() => whatIf.forExport(plan)}
          />
        }
        whatIf={
          <>
            <WhatIfSection
              plan={plan}
              answers={active}
              analysis={whatIf.analysis}
              progress={whatIf.progress}
              level={3}
            />
            {scenarios ? (
              <ComparisonView level={3} today={today} services={comparisonServices} shared={scenarios} />
            ) : null}
            <AnswerNotes notes={notes} answers={active} level={3} />
          </>
        }
      />
    </>
  );
}

/** Says what keeping the shared answers really does to the user's draft, and never mentions one there is not. */
function keepNote(draftName: string | null): string {
  if (draftName === null)
    return '“Edit a copy” makes these answers (and their notes) a draft of your own, to change and keep, and a shared comparison your pinned scenarios.';
  const keep =
    '“Edit a copy” and “Import into my draft” make these answers (and their notes) your draft, and a shared comparison your pinned scenarios.';
  const name = draftName.trim() ? `, “${draftName.trim()}”,` : '';
  return `${keep} The draft you have now${name} is then kept under “Earlier versions”, where you can restore it at any time.`;
}

/** A shared link: read-only until the user explicitly keeps it. Loaded on demand with the codec. */
export default function SharedRoute({ fragment, draftName, onKeep, onLeave, onStartNew }: Props) {
  const keep = (answers: Answers, then: 'edit' | 'review', extras: ShareExtras) => {
    // A comparison's scenarios are pinned; the comparison they replace can be brought back.
    if (extras.scenarios)
      new ScenarioStore(getStorage()).replaceAll(
        extras.scenarios.map((s) => ({
          name: s.name,
          answers: s.answers,
          ...(s.forceApproach ? { forceApproach: s.forceApproach } : {}),
        })),
      );
    onKeep(answers, then, extras);
  };
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">Scopewise</span>
          <span className="brand-tagline">Decide before you build a generative-AI project</span>
        </div>
      </header>
      <main id="main" className="results-layout">
        <SharedPlanView
          fragment={fragment}
          keepNote={keepNote(draftName)}
          hasDraft={draftName !== null}
          renderPlan={(answers, extras) => <ReadOnlyPlan answers={answers} extras={extras} />}
          onEditCopy={(answers, extras) => keep(answers, 'edit', extras)}
          onImport={(answers, extras) => keep(answers, 'review', extras)}
          onLeave={onLeave}
          onStartNew={onStartNew}
        />
      </main>
    </div>
  );
}
