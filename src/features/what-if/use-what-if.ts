/**
 * Runs the what-if analysis of the answers on the page a few milliseconds at a time (the engine's work pauses
 * between evaluations: src/engine/what-if/work.ts), so the page stays responsive while hundreds of variations are
 * evaluated, and shows the result once it is complete. `whenReady` gives it to whoever needs it complete (an
 * export). A new answer set starts a new analysis; the old one stops.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { whatIfWork, type WhatIfAnalysis, type WhatIfProgress } from '@/engine/what-if';

/** Work per slice: well under a frame, so input and scrolling keep their turn. */
const SLICE_MS = 8;

export interface WhatIfState {
  analysis: WhatIfAnalysis | undefined;
  progress: WhatIfProgress;
  /** Resolves with the complete analysis of these answers. */
  whenReady: () => Promise<WhatIfAnalysis>;
  /** Resolves with the plan as every export shows it: its decisive answers, and the sensitivity beside it. */
  forExport: (plan: Plan) => Promise<{ plan: Plan; sensitivity: WhatIfAnalysis['sensitivity'] }>;
}

const nextTurn = (f: () => void): (() => void) => {
  // A message-channel task runs sooner than setTimeout's clamped delay, and still after input and paint.
  if (typeof MessageChannel !== 'undefined') {
    const ch = new MessageChannel();
    ch.port1.onmessage = f;
    ch.port2.postMessage(null);
    return () => {
      ch.port1.onmessage = null;
    };
  }
  const id = setTimeout(f, 0);
  return () => clearTimeout(id);
};

export function useWhatIf(given: Answers, today: string): WhatIfState {
  // The same answers in a new object (the results page's figures send theirs on every blur, changed or not) keep
  // the analysis they have: a restart would take its decisive answers and their buttons off the page meanwhile.
  const [answers, setAnswers] = useState(given);
  if (given !== answers && JSON.stringify(given) !== JSON.stringify(answers)) setAnswers(given);
  const run = useMemo(() => {
    let resolve!: (a: WhatIfAnalysis) => void;
    const ready = new Promise<WhatIfAnalysis>((r) => (resolve = r));
    return { answers, today, ready, resolve };
  }, [answers, today]);
  const [state, setState] = useState<{
    run: typeof run;
    analysis?: WhatIfAnalysis;
    progress: WhatIfProgress;
  }>({ run, progress: { done: 0, total: 0 } });

  useEffect(() => {
    let progress: WhatIfProgress = { done: 0, total: 0 };
    const work = whatIfWork(run.answers, { today: run.today }, (p) => (progress = p));
    let cancel = () => {};
    let stopped = false;
    const step = () => {
      if (stopped) return;
      const until = performance.now() + SLICE_MS;
      for (;;) {
        const r = work.next();
        if (r.done) {
          run.resolve(r.value);
          setState({ run, analysis: r.value, progress });
          return;
        }
        if (performance.now() >= until) break;
      }
      setState((s) => (s.progress.done === progress.done ? s : { run, progress }));
      cancel = nextTurn(step);
    };
    cancel = nextTurn(step);
    return () => {
      stopped = true;
      cancel();
    };
  }, [run]);

  const current = state.run === run ? state : { run, progress: { done: 0, total: 0 } };
  return {
    analysis: 'analysis' in current ? current.analysis : undefined,
    progress: current.progress,
    whenReady: () => run.ready,
    forExport: (plan) =>
      run.ready.then((a) => ({ plan: { ...plan, decisive: a.decisive }, sensitivity: a.sensitivity })),
  };
}
