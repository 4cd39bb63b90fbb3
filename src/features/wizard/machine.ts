/**
 * The questionnaire flow. The machine owns which step is current, every answer typed (including those set aside
 * by branching) and the undo snapshot; forms own field state; the engine owns the plan.
 */
import { assign, setup } from 'xstate';
import type { Answers, StepId } from '@/domain/questions';
import {
  isStepComplete,
  newlySetAside,
  nextStep,
  outstanding,
  previousStep,
  type Pending,
  type WizardStep,
} from './model/flow';

export interface Snapshot {
  answers: Answers;
  pending: Pending;
  step: WizardStep;
}

export interface WizardContext {
  answers: Answers;
  pending: Pending;
  /** Set when the user jumped in from the review: "next" returns there. */
  returnToReview: boolean;
  /** The question to focus after a jump from the review. */
  focusQuestion: string | null;
  /** Answers the last change set aside because they no longer apply. */
  setAside: string[];
  /** Bumped whenever answers are replaced wholesale, so open forms re-read them. */
  revision: number;
  /** The step a reload resumes at; read once by the `restoring` state. */
  resumeStep: WizardStep;
  /** What "Undo" brings back after start over or an import. */
  undo: (Snapshot & { reason: 'start-over' | 'import' }) | null;
}

export type WizardEvent =
  | { type: 'answers.change'; answers: Answers; pending: Pending; stepFields: string[] }
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'step.goto'; step: StepId | 'review' }
  | { type: 'review.edit'; step: StepId; questionId?: string }
  | { type: 'review.confirm' }
  | { type: 'results.back' }
  | { type: 'draft.startOver' }
  | { type: 'draft.undo' }
  | { type: 'answers.import'; answers: Answers; then?: 'review' | 'edit' }
  | { type: 'notice.dismiss' };

export interface WizardInput {
  answers?: Answers;
  pending?: Pending;
  step?: WizardStep;
}

const stepStates = [
  'context',
  'useCase',
  'data',
  'compliance',
  'approach',
] as const satisfies readonly StepId[];

/** A state node per step: the same transitions at a different position. */
function stepState(step: StepId) {
  const back = previousStep(step);
  return {
    on: {
      'step.next': [
        { guard: { type: 'canLeaveToReview' as const, params: { step } }, target: '#wizard.review' },
        { guard: { type: 'stepComplete' as const, params: { step } }, target: `#wizard.${nextStep(step)}` },
      ],
      ...(back ? { 'step.back': { target: `#wizard.${back}` } } : {}),
    },
  };
}

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards: {
    stepComplete: ({ context }, params: { step: StepId }) =>
      isStepComplete(context.answers, context.pending, params.step),
    canLeaveToReview: ({ context }, params: { step: StepId }) =>
      (context.returnToReview || params.step === 'approach') &&
      isStepComplete(context.answers, context.pending, params.step),
    planReady: ({ context }) => outstanding(context.answers, context.pending).length === 0,
    hasUndo: ({ context }) => context.undo !== null,
  },
  actions: {
    mergeAnswers: assign(({ context, event }) => {
      if (event.type !== 'answers.change') return {};
      const answers: Answers = { ...context.answers };
      const pending: Pending = { ...context.pending };
      for (const id of event.stepFields) {
        delete answers[id];
        delete pending[id];
      }
      Object.assign(answers, event.answers);
      Object.assign(pending, event.pending);
      const setAside = newlySetAside(context.answers, answers);
      return {
        answers,
        pending,
        // Typing after a start over or an import commits to it.
        undo: null,
        // Keep the notice until the user dismisses it or another change sets more aside.
        setAside: setAside.length > 0 ? setAside : context.setAside.filter((id) => !(id in event.answers)),
      };
    }),
    markReturnToReview: assign(({ event }) =>
      event.type === 'review.edit' ? { returnToReview: true, focusQuestion: event.questionId ?? null } : {},
    ),
    clearReturn: assign({ returnToReview: false, focusQuestion: null }),
    snapshotAndClear: assign(({ context }) => ({
      undo: {
        answers: context.answers,
        pending: context.pending,
        step: 'review' as WizardStep,
        reason: 'start-over' as const,
      },
      answers: {},
      pending: {},
      setAside: [],
      returnToReview: false,
      revision: context.revision + 1,
    })),
    snapshotAndImport: assign(({ context, event }) =>
      event.type === 'answers.import'
        ? {
            undo: {
              answers: context.answers,
              pending: context.pending,
              step: 'review' as WizardStep,
              reason: 'import' as const,
            },
            answers: event.answers,
            pending: {},
            setAside: [],
            returnToReview: false,
            revision: context.revision + 1,
          }
        : {},
    ),
    restoreUndo: assign(({ context }) =>
      context.undo
        ? { answers: context.undo.answers, pending: context.undo.pending, undo: null, setAside: [] }
        : {},
    ),
    dismissNotice: assign({ setAside: [] as string[] }),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => ({
    answers: input.answers ?? {},
    pending: input.pending ?? {},
    returnToReview: false,
    focusQuestion: null,
    setAside: [],
    undo: null,
    resumeStep: input.step ?? 'context',
    revision: 0,
  }),
  initial: 'restoring',
  on: {
    'answers.change': { actions: 'mergeAnswers' },
    'draft.startOver': { target: '.context', actions: 'snapshotAndClear' },
    'answers.import': [
      // "Edit a copy" of a shared plan starts at the first step; an import lands on the review.
      { guard: ({ event }) => event.then === 'edit', target: '.context', actions: 'snapshotAndImport' },
      { target: '.review', actions: 'snapshotAndImport' },
    ],
    'draft.undo': { guard: 'hasUndo', target: '.review', actions: 'restoreUndo' },
    'notice.dismiss': { actions: 'dismissNotice' },
    'step.goto': [
      { guard: ({ event }) => event.step === 'context', target: '.context' },
      { guard: ({ event }) => event.step === 'useCase', target: '.useCase' },
      { guard: ({ event }) => event.step === 'data', target: '.data' },
      { guard: ({ event }) => event.step === 'compliance', target: '.compliance' },
      { guard: ({ event }) => event.step === 'approach', target: '.approach' },
      { guard: ({ event }) => event.step === 'review', target: '.review' },
    ],
  },
  states: {
    restoring: {
      always: [
        ...(['useCase', 'data', 'compliance', 'approach', 'review'] as const).map((s) => ({
          guard: ({ context }: { context: WizardContext }) => context.resumeStep === s,
          target: s,
        })),
        // Results are only shown for a complete plan; otherwise resume at the review, which lists what is missing.
        {
          guard: ({ context }) =>
            context.resumeStep === 'results' && outstanding(context.answers, context.pending).length === 0,
          target: 'results',
        },
        { guard: ({ context }) => context.resumeStep === 'results', target: 'review' },
        { target: 'context' },
      ],
    },
    context: stepState('context'),
    useCase: stepState('useCase'),
    data: stepState('data'),
    compliance: stepState('compliance'),
    approach: stepState('approach'),
    review: {
      entry: 'clearReturn',
      on: {
        'review.edit': [
          ...stepStates.map((s) => ({
            guard: ({ event }: { event: WizardEvent }) => event.type === 'review.edit' && event.step === s,
            target: `#wizard.${s}`,
            actions: 'markReturnToReview' as const,
          })),
        ],
        'review.confirm': { guard: 'planReady', target: 'results' },
        'step.back': { target: 'approach' },
      },
    },
    results: {
      on: { 'results.back': { target: 'review' } },
    },
  },
});
