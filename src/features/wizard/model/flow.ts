/**
 * Page order and completeness: plain functions the machine's guards, the forms and the progress indicator share.
 * A page none of whose questions applies (the agent's page for a system that is no agent) is skipped.
 */
import {
  applicableQuestions,
  isAnswered,
  isQuick,
  missingAnswers,
  pageById,
  pageOf,
  pagesOf,
  questionById,
  questions,
  splitByApplicability,
  type Answers,
  type Page,
  type PageId,
  type PathId,
  type Question,
  type StepId,
} from '@/domain/questions';

import type { Pending, WizardStep } from './steps';

export { isWizardStep, wizardSteps, type Pending, type WizardStep } from './steps';

// Answers are replaced, never changed in place: what applies to one answers object is worked out once, however many
// components ask.
const activeCache = new WeakMap<Answers, Answers>();
/** The answers that apply (branching), memoised per answers object. */
export function activeOf(answers: Answers): Answers {
  let active = activeCache.get(answers);
  if (!active) activeCache.set(answers, (active = splitByApplicability(answers).active));
  return active;
}

export const isPage = (s: WizardStep | string): s is PageId => pageById.has(s);
export const pageOfId = (id: PageId): Page => pageById.get(id)!;

const applicableCache = new WeakMap<Answers, ReadonlySet<string>>();
/** The ids of the questions that apply to these answers, memoised like `activeOf`: every page asks for them. */
function applicableIds(answers: Answers): ReadonlySet<string> {
  let ids = applicableCache.get(answers);
  if (!ids)
    applicableCache.set(answers, (ids = new Set(applicableQuestions(activeOf(answers)).map((q) => q.id))));
  return ids;
}

/** The page's questions that apply to these answers, in page order. */
export function pageQuestions(page: PageId, answers: Answers): Question[] {
  const applicable = applicableIds(answers);
  return pageOfId(page)
    .questions.filter((id) => applicable.has(id))
    .map((id) => questionById.get(id)!);
}

export const pageApplies = (page: PageId, answers: Answers): boolean =>
  pageQuestions(page, answers).length > 0;

/** The next page of the same path with a question that applies, or the review after the last. */
export function nextPage(page: PageId, answers: Answers): PageId | 'review' {
  const path = pagesOf(pageOfId(page).path);
  const i = path.findIndex((p) => p.id === page);
  return path.slice(i + 1).find((p) => pageApplies(p.id, answers))?.id ?? 'review';
}

export function previousPage(page: PageId, answers: Answers): PageId | null {
  const path = pagesOf(pageOfId(page).path);
  const i = path.findIndex((p) => p.id === page);
  return (
    path
      .slice(0, i)
      .reverse()
      .find((p) => pageApplies(p.id, answers))?.id ?? null
  );
}

/** The first page of a path, or of a step of the detailed path. */
export const firstPage = (path: PathId): PageId => pagesOf(path)[0]!.id;
export const firstPageOfStep = (step: StepId): PageId => pagesOf('detailed').find((p) => p.step === step)!.id;

/** The page that asks a question on a path; the detailed path asks every question. */
export const pageAsking = (questionId: string, path: PathId): PageId =>
  (pageOf(questionId, path) ?? pageOf(questionId, 'detailed'))!.id;

/**
 * The first page of the detailed path with a question that applies and has no answer yet: where "answer the
 * rest" starts after a quick scope.
 */
export function firstUnansweredPage(answers: Answers): PageId | null {
  const active = activeOf(answers);
  return (
    pagesOf('detailed').find((p) => pageQuestions(p.id, answers).some((q) => !isAnswered(active[q.id])))
      ?.id ?? null
  );
}

const pendingIn = (pending: Pending, qs: readonly Question[]) =>
  qs.filter((q) => pending[q.id] !== undefined);

export function isPageComplete(answers: Answers, pending: Pending, page: PageId): boolean {
  const active = activeOf(answers);
  const qs = pageQuestions(page, answers);
  return qs.every((q) => !q.required || isAnswered(active[q.id])) && pendingIn(pending, qs).length === 0;
}

export function isStepComplete(answers: Answers, pending: Pending, step: StepId): boolean {
  return pagesOf('detailed')
    .filter((p) => p.step === step)
    .every((p) => isPageComplete(answers, pending, p.id));
}

export type StepStatus = 'complete' | 'started' | 'empty';
/** Where a step, or a page of the quick path, stands. */
export function statusOf(answers: Answers, pending: Pending, pages: readonly Page[]): StepStatus {
  if (pages.every((p) => isPageComplete(answers, pending, p.id))) return 'complete';
  const active = activeOf(answers);
  return pages.some((p) =>
    pageQuestions(p.id, answers).some((q) => isAnswered(active[q.id]) || pending[q.id] !== undefined),
  )
    ? 'started'
    : 'empty';
}
export const stepStatus = (answers: Answers, pending: Pending, step: StepId): StepStatus =>
  statusOf(
    answers,
    pending,
    pagesOf('detailed').filter((p) => p.step === step),
  );

/**
 * What must still be fixed before the plan can be shown, in question order: the decisive questions of the quick
 * scope not answered yet (every other question has a stated default the plan assumes), and any answer whose
 * text does not validate yet.
 */
export function outstanding(answers: Answers, pending: Pending): { step: StepId; questionId: string }[] {
  const active = activeOf(answers);
  const missing = missingAnswers(active)
    .filter((q) => isQuick(q.id))
    .map((q) => q.id);
  const invalid = applicableQuestions(active)
    .filter((q) => pending[q.id] !== undefined)
    .map((q) => q.id);
  const ids = new Set([...missing, ...invalid]);
  // The estimate's own figures are edited on the results page, never left pending: only steps remain.
  return questions.flatMap((q) =>
    ids.has(q.id) && q.step !== 'figures' ? [{ step: q.step, questionId: q.id }] : [],
  );
}

/** Answers that applied before a change and no longer do: shown to the user, kept aside, never deleted. */
export function newlySetAside(before: Answers, after: Answers): string[] {
  const was = activeOf(before);
  const now = splitByApplicability(after).inactive;
  return Object.keys(now).filter((id) => id in was);
}
