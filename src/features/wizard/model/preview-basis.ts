/**
 * What the live preview is computed from, and whether it may show anything yet. The preview waits for the
 * decisive answers (the quick scope's): before them, figures would only be the defaults talking. Free text
 * counts only as given or not (the plan does not read it), so typing a description never recomputes the plan.
 */
import {
  figureIds,
  isQuick,
  missingAnswers,
  questionById,
  stepIds,
  type Answers,
  type StepId,
} from '@/domain/questions';
import { activeOf } from './flow';

export interface PreviewBasis {
  /** The decisions still missing a decisive answer, in step order; empty once the preview can show a plan. */
  needs: string[];
  /** The answers that apply, free text reduced to a mark that it was given. */
  answers: Answers;
  /** How many questions the user has answered (that apply; the estimate's own figures are not questions). */
  given: number;
  /** Equal for two bases the plan cannot tell apart. */
  key: string;
}

const GIVEN = '(given)';
/** The decisions as the one-line preview names them. */
const shortNames: Record<StepId, string> = {
  context: 'context',
  useCase: 'use case',
  data: 'data',
  compliance: 'compliance',
  approach: 'approach',
};

const cache = new WeakMap<Answers, PreviewBasis>();

export function previewBasis(answers: Answers): PreviewBasis {
  const hit = cache.get(answers);
  if (hit) return hit;
  const active = activeOf(answers);
  const missingSteps = new Set<StepId>(
    missingAnswers(active)
      .filter((q) => isQuick(q.id))
      .map((q) => q.step as StepId),
  );
  const needs = stepIds.filter((s) => missingSteps.has(s)).map((s) => shortNames[s]);
  const reduced: Answers = {};
  for (const [id, v] of Object.entries(active))
    reduced[id] = questionById.get(id)?.kind === 'text' ? GIVEN : v;
  const basis = {
    needs,
    answers: reduced,
    given: Object.keys(active).filter((id) => !figureIds.includes(id)).length,
    key: JSON.stringify([needs, reduced]),
  };
  cache.set(answers, basis);
  return basis;
}
