/**
 * The questionnaire flow. The machine owns which step is current, every answer typed (including those set aside
 * by branching) and the undo snapshot; forms own field state; the engine owns the plan.
 */
import { assign, setup } from 'xstate';
import type { Notes } from '@/domain/notes';
import { stepIds, type Answers, type StepId } from '@/domain/questions';
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
  notes: Notes;
  step: WizardStep;
}

export interface WizardContext {
  answers: Answers;
  pending: Pending;
  /** Notes on answers, by question id, as typed. */
  notes: Notes;
  /**
   * The ruleset the answers were made with, when they came from a file or a link that names one: if it is not
   * today's, the review and the results say what changed in the plan since.
   */
  madeWith: string | null;
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
  /** What "Undo" brings back after start over, an import or a restore (also kept as an earlier version). */
  undo: (Snapshot & { reason: UndoReason }) | null;
  /** Answers changed from outside the forms (another tab, a resolved conflict): open forms show them. */
  external: { seq: number; ids: string[] };
}

/** What replaced the draft: "copy" is a shared plan's "Edit a copy", "restore" an earlier version brought back. */
export type UndoReason = 'start-over' | 'import' | 'copy' | 'restore';

export type WizardEvent =
  | { type: 'answers.change'; answers: Answers; pending: Pending; stepFields: string[] }
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'step.goto'; step: StepId | 'review' }
  | { type: 'review.edit'; step: StepId; questionId?: string }
  | { type: 'review.confirm' }
  /** A note on an answer; an empty note removes it. */
  | { type: 'notes.change'; questionId: string; note: string }
  | { type: 'results.back' }
  | { type: 'draft.startOver' }
  | { type: 'draft.undo' }
  | {
      type: 'answers.import';
      answers: Answers;
      pending?: Pending;
      notes?: Notes;
      /** The ruleset a file or a link names. */
      madeWith?: string;
      then?: 'review' | 'edit';
      restore?: boolean;
    }
  | { type: 'draft.external'; answers: Answers; pending: Pending; notes?: Notes; ids: string[] }
  | { type: 'notice.dismiss' };

export interface WizardInput {
  answers?: Answers;
  pending?: Pending;
  notes?: Notes;
  step?: WizardStep;
}

/**
 * Where "next" leads from a complete step: back to the review when the user came from it to edit, otherwise the
 * following step (the review after the last one). The step form labels its button with it.
 */
export const nextDestination = (context: WizardContext, step: StepId): StepId | 'review' =>
  context.returnToReview ? 'review' : nextStep(step);

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

/** The questionnaire's steps, one state each, in the domain's order. */
const stepStates = Object.fromEntries(stepIds.map((step) => [step, stepState(step)])) as Record<
  StepId,
  ReturnType<typeof stepState>
>;

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
      nextDestination(context, params.step) === 'review' &&
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
    changeNote: assign(({ context, event }) => {
      if (event.type !== 'notes.change') return {};
      const notes: Notes = { ...context.notes };
      if (event.note) notes[event.questionId] = event.note;
      else delete notes[event.questionId];
      return { notes, undo: null };
    }),
    markReturnToReview: assign(({ event }) =>
      event.type === 'review.edit' ? { returnToReview: true, focusQuestion: event.questionId ?? null } : {},
    ),
    clearReturn: assign({ returnToReview: false, focusQuestion: null }),
    snapshotAndClear: assign(({ context }) => ({
      undo: {
        answers: context.answers,
        pending: context.pending,
        notes: context.notes,
        step: 'review' as WizardStep,
        reason: 'start-over' as const,
      },
      answers: {},
      pending: {},
      notes: {},
      madeWith: null,
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
              notes: context.notes,
              step: 'review' as WizardStep,
              reason: (event.restore ? 'restore' : event.then === 'edit' ? 'copy' : 'import') as UndoReason,
            },
            answers: event.answers,
            pending: event.pending ?? {},
            notes: event.notes ?? {},
            madeWith: event.madeWith ?? null,
            setAside: [],
            returnToReview: false,
            revision: context.revision + 1,
          }
        : {},
    ),
    restoreUndo: assign(({ context }) =>
      context.undo
        ? {
            answers: context.undo.answers,
            pending: context.undo.pending,
            notes: context.undo.notes,
            undo: null,
            setAside: [],
            madeWith: null,
          }
        : {},
    ),
    dismissNotice: assign({ setAside: [] as string[] }),
    applyExternal: assign(({ context, event }) =>
      event.type === 'draft.external'
        ? {
            answers: event.answers,
            pending: event.pending,
            notes: event.notes ?? context.notes,
            external: { seq: context.external.seq + 1, ids: event.ids },
          }
        : {},
    ),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => ({
    answers: input.answers ?? {},
    pending: input.pending ?? {},
    notes: input.notes ?? {},
    madeWith: null,
    returnToReview: false,
    focusQuestion: null,
    setAside: [],
    undo: null,
    resumeStep: input.step ?? 'context',
    revision: 0,
    external: { seq: 0, ids: [] },
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
    'notes.change': { actions: 'changeNote' },
    'draft.external': { actions: 'applyExternal' },
    'step.goto': [...stepIds, 'review' as const].map((step) => ({
      guard: ({ event }: { event: WizardEvent }) => event.type === 'step.goto' && event.step === step,
      target: `.${step}`,
    })),
  },
  states: {
    restoring: {
      always: [
        ...[...stepIds, 'review' as const].map((s) => ({
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
    ...stepStates,
    review: {
      entry: 'clearReturn',
      on: {
        'review.edit': [
          ...stepIds.map((s) => ({
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
