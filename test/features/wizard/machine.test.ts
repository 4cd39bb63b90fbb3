import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { questions, splitByApplicability, stepIds, type Answers, type StepId } from '@/domain/questions';
import { nextDestination, wizardMachine, type WizardInput } from '@/features/wizard/machine';
import { completeAnswers } from '../../support/answers';

const start = (input: WizardInput = {}) => createActor(wizardMachine, { input }).start();
const stepFields = (step: StepId) => questions.filter((q) => q.step === step).map((q) => q.id);
const answersOf = (step: StepId, answers: Answers = completeAnswers) =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => stepFields(step).includes(id))) as Answers;
const fill = (actor: ReturnType<typeof start>, step: StepId, answers = completeAnswers) =>
  actor.send({
    type: 'answers.change',
    answers: answersOf(step, answers),
    pending: {},
    stepFields: stepFields(step),
  });

describe('wizard machine', () => {
  it("walks the domain's steps in their order, then the review and the results", () => {
    const actor = start();
    const visited: string[] = [];
    while (actor.getSnapshot().value !== 'review') {
      const step = actor.getSnapshot().value as StepId;
      visited.push(step);
      fill(actor, step);
      actor.send({ type: 'step.next' });
      expect(visited.length).toBeLessThanOrEqual(stepIds.length);
    }
    expect(visited).toEqual(stepIds);
    actor.send({ type: 'review.confirm' });
    expect(actor.getSnapshot().value).toBe('results');
  });

  it('says where "next" leads: the following step, the review after the last one or after an edit from it', () => {
    const actor = start({ answers: completeAnswers });
    const { context } = actor.getSnapshot();
    expect(stepIds.map((step) => nextDestination(context, step))).toEqual([...stepIds.slice(1), 'review']);
    actor.send({ type: 'step.goto', step: 'review' });
    actor.send({ type: 'review.edit', step: 'data' });
    expect(nextDestination(actor.getSnapshot().context, 'data')).toBe('review');
  });

  it('offers "back" on every step but the first, and from the review to the last step', () => {
    for (const step of stepIds)
      expect(start({ step }).getSnapshot().can({ type: 'step.back' })).toBe(step !== stepIds[0]);
    const actor = start({ step: 'review' });
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().value).toBe(stepIds.at(-1));
  });

  it('does not leave a step whose required answers are missing', () => {
    const actor = start();
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('context');
    fill(actor, 'context', { ...completeAnswers, industry: undefined });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('context');
  });

  it('does not leave a step that holds a value that does not validate yet', () => {
    const actor = start();
    actor.send({
      type: 'answers.change',
      answers: answersOf('context', { ...completeAnswers, teamSize: undefined }),
      pending: { teamSize: 'twelve' },
      stepFields: stepFields('context'),
    });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('context');
    expect(actor.getSnapshot().context.pending).toEqual({ teamSize: 'twelve' });
  });

  it('goes back and forward without losing answers', () => {
    const actor = start();
    fill(actor, 'context');
    actor.send({ type: 'step.next' });
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().value).toBe('context');
    expect(actor.getSnapshot().context.answers.projectName).toBe('Policy assistant');
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('useCase');
  });

  it('edits from the review and returns to it', () => {
    const actor = start({ answers: completeAnswers, step: 'review' });
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'review.edit', step: 'data', questionId: 'dataQuality' });
    expect(actor.getSnapshot().value).toBe('data');
    expect(actor.getSnapshot().context.focusQuestion).toBe('dataQuality');
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('keeps answers that still apply and visibly sets aside those that no longer do', () => {
    const agentic = {
      ...completeAnswers,
      autonomy: 'agent',
      agentActions: ['read'],
      agentCount: 'one',
      agentMultiTenant: 'no',
    };
    const actor = start({ answers: agentic, step: 'review' });
    actor.send({ type: 'review.edit', step: 'useCase', questionId: 'autonomy' });
    fill(actor, 'useCase', { ...agentic, autonomy: 'single' });
    const ctx = actor.getSnapshot().context;
    expect(ctx.setAside.sort()).toEqual(['agentActions', 'agentCount', 'agentMultiTenant']);
    expect(ctx.answers.latency).toBe('interactive');
    // Set aside, not deleted: switching back brings them back.
    expect(splitByApplicability(ctx.answers).inactive).toHaveProperty('agentCount', 'one');
    fill(actor, 'useCase', agentic);
    expect(splitByApplicability(actor.getSnapshot().context.answers).active).toHaveProperty(
      'agentCount',
      'one',
    );
  });

  it('sends the user to a newly required question instead of the results', () => {
    // Choosing fine-tuning makes the labelled-examples question apply.
    const actor = start({ answers: { ...completeAnswers, preferredApproach: 'fine-tune' }, step: 'review' });
    actor.send({ type: 'review.confirm' });
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('restores the exact step from a saved draft, and never resumes at results with gaps', () => {
    for (const step of [...stepIds, 'review', 'results'] as const) {
      expect(start({ answers: completeAnswers, step }).getSnapshot().value).toBe(step);
    }
    expect(start({ answers: {}, step: 'results' }).getSnapshot().value).toBe('review');
  });

  it('starts over with an undo, and undoes an import', () => {
    const actor = start({ answers: completeAnswers, step: 'review' });
    actor.send({ type: 'draft.startOver' });
    expect(actor.getSnapshot().value).toBe('context');
    expect(actor.getSnapshot().context.answers).toEqual({});
    actor.send({ type: 'draft.undo' });
    expect(actor.getSnapshot().context.answers).toEqual(completeAnswers);

    actor.send({ type: 'answers.import', answers: { projectName: 'Other' } });
    expect(actor.getSnapshot().context.answers).toEqual({ projectName: 'Other' });
    actor.send({ type: 'draft.undo' });
    expect(actor.getSnapshot().context.answers).toEqual(completeAnswers);
    expect(actor.getSnapshot().can({ type: 'draft.undo' })).toBe(false);
  });

  it('jumps to any step from the progress indicator', () => {
    const actor = start({ answers: completeAnswers, step: 'review' });
    for (const step of [...stepIds].reverse()) {
      actor.send({ type: 'step.goto', step });
      expect(actor.getSnapshot().value).toBe(step);
    }
    actor.send({ type: 'step.goto', step: 'review' });
    expect(actor.getSnapshot().value).toBe('review');
  });
});

describe('wizard machine: shared plans', () => {
  it('opens an edited copy at the first step, with undo back to the previous draft', () => {
    const actor = start({ answers: completeAnswers, step: 'data' });
    actor.send({ type: 'answers.import', answers: { projectName: 'Shared' }, then: 'edit' });
    expect(actor.getSnapshot().value).toBe('context');
    expect(actor.getSnapshot().context.answers).toEqual({ projectName: 'Shared' });
    actor.send({ type: 'draft.undo' });
    expect(actor.getSnapshot().context.answers).toEqual(completeAnswers);
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

  it('takes answers changed in another tab without touching the step, and tells open forms which', () => {
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
