import { useMemo } from 'react';
import { splitByApplicability, type Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { PlanView } from '@/features/results';
import { SharedPlanView } from '@/features/share';
import { todayIso } from './today';

interface Props {
  fragment: string;
  /** The user's own draft's project name, '' when it has none, null when there is no draft. */
  draftName: string | null;
  onKeep: (answers: Answers, then: 'edit' | 'review') => void;
  onLeave: () => void;
  onStartNew: () => void;
}

function ReadOnlyPlan({ answers }: { answers: Answers }) {
  const active = useMemo(() => splitByApplicability(answers).active, [answers]);
  const plan = useMemo(() => evaluate(active, { today: todayIso() }), [active]);
  return <PlanView plan={plan} answers={active} headingLevel={2} />;
}

/** Says what keeping the shared answers really does to the user's draft, and never mentions one there is not. */
function keepNote(draftName: string | null): string {
  if (draftName === null) return '“Edit a copy” makes these answers a draft of your own, to change and keep.';
  const keep = '“Edit a copy” and “Import into my draft” make these answers your draft.';
  const name = draftName.trim() ? `, “${draftName.trim()}”,` : '';
  return `${keep} The draft you have now${name} is then kept under “Earlier versions”, where you can restore it at any time.`;
}

/** A shared link: read-only until the user explicitly keeps it. Loaded on demand with the codec. */
export default function SharedRoute({ fragment, draftName, onKeep, onLeave, onStartNew }: Props) {
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
          renderPlan={(answers) => <ReadOnlyPlan answers={answers} />}
          onEditCopy={(answers) => onKeep(answers, 'edit')}
          onImport={(answers) => onKeep(answers, 'review')}
          onLeave={onLeave}
          onStartNew={onStartNew}
        />
      </main>
    </div>
  );
}
