import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  isQuick,
  pageById,
  pagesOf,
  quickQuestionIds,
  splitByApplicability,
  stepIds,
  type Answers,
  type PageId,
} from '@/domain/questions';
import { nextDestination, wizardMachine, type WizardInput } from '@/features/wizard/machine';
import { completeAnswers } from '../../support/answers';

const start = (input: WizardInput = {}) => createActor(wizardMachine, { input }).start();
const pageFields = (page: PageId) => [...pageById.get(page)!.questions];
const answersOf = (page: PageId, answers: Answers = completeAnswers) =>
  Object.fromEntries(
    Object.entries(answers).filter(([id]) => pageFields(page).includes(id as never)),
  ) as Answers;
const fill = (actor: ReturnType<typeof start>, page: PageId, answers = completeAnswers) =>
  actor.send({
    type: 'answers.change',
    answers: answersOf(page, answers),
    pending: {},
    stepFields: pageFields(page),
  });
const at = (actor: ReturnType<typeof start>) => actor.getSnapshot().value as string;
const quickAnswers = Object.fromEntries(
  Object.entries(completeAnswers).filter(([id]) => isQuick(id)),
) as Answers;
const agentic: Answers = {
  ...completeAnswers,
  autonomy: 'agent',
  agentActions: ['read'],
  agentCount: 'one',
  agentMultiTenant: 'no',
};

/** Answers page after page until the review; the pages visited. */
function walk(actor: ReturnType<typeof start>, answers: Answers): string[] {
  const visited: string[] = [];
  while (at(actor) !== 'review') {
    const page = at(actor) as PageId;
    visited.push(page);
    fill(actor, page, answers);
    actor.send({ type: 'step.next' });
    expect(visited.length).toBeLessThanOrEqual(20);
  }
  return visited;
}

describe('wizard machine: the detailed path', () => {
  it('walks its pages in order, skipping those that do not apply, then the review and the results', () => {
    const actor = start();
    const visited = walk(actor, completeAnswers);
    // The agent's page does not apply to a system that is no agent.
    expect(visited).toEqual(
      pagesOf('detailed')
        .map((p) => p.id)
        .filter((p) => p !== 'useCase-4'),
    );
    actor.send({ type: 'review.confirm' });
    expect(at(actor)).toBe('results');
    // An agent has its page.
    expect(walk(start(), agentic)).toContain('useCase-4');
  });

  it('says where "next" leads: the following page that applies, the review after the last or after an edit', () => {
    const actor = start({ answers: completeAnswers });
    const { context } = actor.getSnapshot();
    expect(nextDestination(context, 'context')).toBe('context-2');
    expect(nextDestination(context, 'useCase-3')).toBe('data');
    expect(nextDestination(context, 'approach')).toBe('review');
    actor.send({ type: 'page.goto', page: 'review' });
    actor.send({ type: 'review.edit', step: 'data' });
    expect(nextDestination(actor.getSnapshot().context, 'data')).toBe('review');
  });

  it('offers "back" on every page but the first of a path, and from the review to the last page shown', () => {
    for (const page of pagesOf('detailed')
      .map((p) => p.id)
      .filter((p) => p !== 'useCase-4'))
      expect(start({ answers: completeAnswers, step: page }).getSnapshot().can({ type: 'step.back' })).toBe(
        page !== 'context',
      );
    expect(start({ step: 'quick' }).getSnapshot().can({ type: 'step.back' })).toBe(false);
    const actor = start({ answers: completeAnswers, step: 'data-2' });
    actor.send({ type: 'page.goto', page: 'review' });
    actor.send({ type: 'step.back' });
    expect(at(actor)).toBe('data-2');
  });

  it('does not leave a page whose required answers are missing', () => {
    const actor = start();
    actor.send({ type: 'step.next' });
    expect(at(actor)).toBe('context');
    fill(actor, 'context', { ...completeAnswers, industry: undefined });
    actor.send({ type: 'step.next' });
    expect(at(actor)).toBe('context');
  });

  it('does not leave a page that holds a value that does not validate yet', () => {
    const actor = start({ step: 'context-2' });
    actor.send({
      type: 'answers.change',
      answers: answersOf('context-2', { ...completeAnswers, teamSize: undefined }),
      pending: { teamSize: 'twelve' },
      stepFields: pageFields('context-2'),
    });
    actor.send({ type: 'step.next' });
    expect(at(actor)).toBe('context-2');
    expect(actor.getSnapshot().context.pending).toEqual({ teamSize: 'twelve' });
  });

  it('goes back and forward without losing answers', () => {
    const actor = start();
    fill(actor, 'context');
    actor.send({ type: 'step.next' });
    actor.send({ type: 'step.back' });
    expect(at(actor)).toBe('context');
    expect(actor.getSnapshot().context.answers.projectName).toBe('Policy assistant');
    actor.send({ type: 'step.next' });
    expect(at(actor)).toBe('context-2');
  });

  it('edits from the review on the page that asks the question, and returns to the review', () => {
    const actor = start({ answers: completeAnswers, step: 'review' });
    expect(at(actor)).toBe('review');
    actor.send({ type: 'review.edit', questionId: 'dataQuality' });
    expect(at(actor)).toBe('data-2');
    expect(actor.getSnapshot().context.focusQuestion).toBe('dataQuality');
    actor.send({ type: 'step.next' });
    expect(at(actor)).toBe('review');
  });

  it('keeps answers that still apply and visibly sets aside those that no longer do', () => {
    const actor = start({ answers: agentic, step: 'review' });
    actor.send({ type: 'review.edit', questionId: 'autonomy' });
    expect(at(actor)).toBe('useCase-3');
    fill(actor, 'useCase-3', { ...agentic, autonomy: 'single' });
    const ctx = actor.getSnapshot().context;
    expect(ctx.setAside.sort()).toEqual(['agentActions', 'agentCount', 'agentMultiTenant']);
    expect(ctx.answers.latency).toBe('interactive');
    // Set aside, not deleted: switching back brings them back.
    expect(splitByApplicability(ctx.answers).inactive).toHaveProperty('agentCount', 'one');
    fill(actor, 'useCase-3', agentic);
    expect(splitByApplicability(actor.getSnapshot().context.answers).active).toHaveProperty(
      'agentCount',
      'one',
    );
  });

  it('shows the plan once the decisive answers exist, assuming the rest; never with one missing', () => {
    const actor = start({ answers: { ...completeAnswers, industry: undefined }, step: 'review' });
    actor.send({ type: 'review.confirm' });
    expect(at(actor)).toBe('review');
    // A question with a stated default does not hold the plan back: the plan lists what it assumed.
    const assumed = start({ answers: { ...completeAnswers, dataQuality: undefined }, step: 'review' });
    assumed.send({ type: 'review.confirm' });
    expect(at(assumed)).toBe('results');
  });

  it('never shows the results while an answer holds text that does not validate', () => {
    const actor = start({ answers: completeAnswers, pending: { teamSize: 'lots' }, step: 'review' });
    actor.send({ type: 'review.confirm' });
    expect(at(actor)).toBe('review');
  });

  it('starts over on the first page of the path it was on, with an undo, and undoes an import', () => {
    const actor = start({ answers: completeAnswers, step: 'review' });
    actor.send({ type: 'draft.startOver' });
    expect(at(actor)).toBe('context');
    expect(actor.getSnapshot().context.answers).toEqual({});
    actor.send({ type: 'draft.undo' });
    expect(actor.getSnapshot().context.answers).toEqual(completeAnswers);

    actor.send({ type: 'answers.import', answers: { projectName: 'Other' } });
    expect(actor.getSnapshot().context.answers).toEqual({ projectName: 'Other' });
    actor.send({ type: 'draft.undo' });
    expect(actor.getSnapshot().context.answers).toEqual(completeAnswers);
    expect(actor.getSnapshot().can({ type: 'draft.undo' })).toBe(false);

    const quick = start({ answers: quickAnswers, step: 'quick-2' });
    quick.send({ type: 'draft.startOver' });
    expect(at(quick)).toBe('quick');
  });

  it('jumps to the first page of any step from the progress indicator', () => {
    const actor = start({ answers: completeAnswers, step: 'review' });
    for (const step of [...stepIds].reverse()) {
      actor.send({ type: 'step.goto', step });
      expect(at(actor)).toBe(step);
    }
    actor.send({ type: 'step.goto', step: 'review' });
    expect(at(actor)).toBe('review');
  });
});

describe('wizard machine: the quick scope', () => {
  it('asks the decisive questions on its two pages, then reviews and shows a plan that assumes the rest', () => {
    const actor = start({ step: 'quick' });
    expect(walk(actor, quickAnswers)).toEqual(['quick', 'quick-2']);
    actor.send({ type: 'review.confirm' });
    expect(at(actor)).toBe('results');
    expect(Object.keys(actor.getSnapshot().context.answers).sort()).toEqual(
      [...quickQuestionIds].filter((id) => id in completeAnswers).sort(),
    );
  });

  it('goes back from the review to the quick page, and edits a decisive answer there', () => {
    const actor = start({ answers: quickAnswers, step: 'quick-2' });
    actor.send({ type: 'step.next' });
    expect(at(actor)).toBe('review');
    actor.send({ type: 'review.edit', questionId: 'industry' });
    expect(at(actor)).toBe('quick');
    actor.send({ type: 'step.next' });
    expect(at(actor)).toBe('review');
    // An assumed answer is answered on the detailed page that asks it.
    actor.send({ type: 'review.edit', questionId: 'dataQuality' });
    expect(at(actor)).toBe('data-2');
    actor.send({ type: 'page.goto', page: 'review' });
    actor.send({ type: 'step.back' });
    expect(at(actor)).toBe('data-2');
  });

  it('refines from the plan: the first detailed page with a question still unanswered', () => {
    const actor = start({ answers: quickAnswers, step: 'results' });
    expect(at(actor)).toBe('results');
    actor.send({ type: 'refine.start' });
    // Every question of the first page is decisive and answered except the states and the size of the company.
    expect(at(actor)).toBe('context');
    // An optional question left empty is still one to refine; with every question answered, the review.
    const nearly = start({ answers: completeAnswers, step: 'results' });
    nearly.send({ type: 'refine.start' });
    expect(at(nearly)).toBe('context-2');
    const complete = start({ answers: { ...completeAnswers, runBudgetMonthly: 5000 }, step: 'results' });
    complete.send({ type: 'refine.start' });
    expect(at(complete)).toBe('review');
  });

  it('resumes a quick scope that was saved at the review on its own path', () => {
    const actor = start({ answers: quickAnswers, step: 'review' });
    actor.send({ type: 'step.back' });
    expect(at(actor)).toBe('quick-2');
  });
});

describe('wizard machine: screens asked for by name (the address bar)', () => {
  it('goes to any page that applies, the review and the results', () => {
    const actor = start({ answers: completeAnswers, step: 'review' });
    for (const page of ['quick', 'data-2', 'approach', 'review', 'results', 'context'] as const) {
      actor.send({ type: 'page.goto', page });
      expect(at(actor)).toBe(page);
    }
  });

  it('leads a page that does not apply to the next one that does', () => {
    const actor = start({ answers: completeAnswers, step: 'useCase-3' });
    actor.send({ type: 'page.goto', page: 'useCase-4' });
    expect(at(actor)).toBe('data');
  });

  it('never shows the results with a decisive answer missing: the review lists it', () => {
    const actor = start({ answers: { projectName: 'Half' }, step: 'context' });
    actor.send({ type: 'page.goto', page: 'results' });
    expect(at(actor)).toBe('review');
  });

  it('restores the exact screen from a saved draft, steps saved before pages included', () => {
    for (const step of [...stepIds, 'context-2', 'quick-2', 'review', 'results'] as const)
      expect(start({ answers: completeAnswers, step }).getSnapshot().value).toBe(step);
    expect(start({ answers: {}, step: 'results' }).getSnapshot().value).toBe('review');
    expect(start({ answers: completeAnswers, step: 'useCase-4' }).getSnapshot().value).toBe('data');
  });
});

describe('wizard machine: shared plans', () => {
  it('opens an edited copy at its plan, with undo back to the previous draft', () => {
    const actor = start({ answers: completeAnswers, step: 'data' });
    actor.send({ type: 'answers.import', answers: quickAnswers, then: 'edit' });
    expect(at(actor)).toBe('results');
    expect(actor.getSnapshot().context.answers).toEqual(quickAnswers);
    actor.send({ type: 'draft.undo' });
    expect(actor.getSnapshot().context.answers).toEqual(completeAnswers);
  });

  it('opens a copy at the review when a decisive answer is missing from it', () => {
    const actor = start({ step: 'quick' });
    actor.send({ type: 'answers.import', answers: { projectName: 'Shared' }, then: 'edit' });
    expect(at(actor)).toBe('review');
  });
});

describe('wizard machine: replacements and changes from outside the forms', () => {
  it('names what replaced the draft, for the earlier versions and the undo notice', () => {
    const actor = start({ answers: completeAnswers, step: 'review' });
    const reasonAfter = (event: Parameters<typeof actor.send>[0]) => {
      actor.send(event);
      return actor.getSnapshot().context.undo?.reason;
    };
    expect(reasonAfter({ type: 'answers.import', answers: { projectName: 'A' }, then: 'edit' })).toBe('copy');
    expect(reasonAfter({ type: 'answers.import', answers: { projectName: 'B' } })).toBe('import');
    expect(reasonAfter({ type: 'draft.startOver' })).toBe('start-over');
    expect(
      reasonAfter({ type: 'answers.import', answers: {}, pending: { teamSize: 'six' }, restore: true }),
    ).toBe('restore');
    // A restored earlier version brings back its text that was not valid yet.
    expect(actor.getSnapshot().context.pending).toEqual({ teamSize: 'six' });
  });

  it('takes answers changed in another tab without touching the page, and tells open forms which', () => {
    const actor = start({ answers: { projectName: 'P' }, step: 'data' });
    actor.send({
      type: 'draft.external',
      answers: { projectName: 'P', industry: 'insurance' },
      pending: {},
      ids: ['industry'],
    });
    const { context, value } = actor.getSnapshot();
    expect(value).toBe('data');
    expect(context.answers).toEqual({ projectName: 'P', industry: 'insurance' });
    expect(context.external).toEqual({ seq: 1, ids: ['industry'] });
  });
});
