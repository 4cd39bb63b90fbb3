/**
 * The questionnaire flow. The machine owns which screen is current (a page of the quick or the detailed path, the
 * review or the results), every answer typed (including those set aside by branching) and the undo snapshot;
 * forms own field state; the engine owns the plan. Every move between screens goes through `page.goto`, which
 * the address bar sends too (Back, Forward, a reload, a link): the machine decides where that may lead, and the
 * address then names where it did.
 */
import { assign, createMachine, raise } from 'xstate';
import type { Notes } from '@/domain/notes';
import {
  isQuick,
  pageById,
  pageIds,
  questionById,
  type Answers,
  type PageId,
  type StepId,
} from '@/domain/questions';
import {
  firstPage,
  firstPageOfStep,
  firstUnansweredPage,
  isPage,
  isPageComplete,
  newlySetAside,
  nextPage,
  outstanding,
  pageApplies,
  pageAsking,
  previousPage,
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
  /** The review opens with the assumed answers listed (asked for from the plan). */
  showAssumed: boolean;
  /** Answers the last change set aside because they no longer apply. */
  setAside: string[];
  /** Bumped whenever answers are replaced wholesale, so open forms re-read them. */
  revision: number;
  /** The screen a reload resumes at; read once by the `restoring` state. */
  resumeStep: WizardStep;
  /** The last page shown: where "back" from the review leads, and so which path (quick or detailed) is taken. */
  lastPage: PageId;
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
  /** A screen asked for by name: the address bar, a link, the progress bar. */
  | { type: 'page.goto'; page: WizardStep }
  /** The first page of a step of the detailed path, or the review. */
  | { type: 'step.goto'; step: StepId | 'review' }
  | { type: 'review.edit'; step?: StepId; questionId?: string }
  | { type: 'review.confirm' }
  /** A note on an answer; an empty note removes it. */
  | { type: 'notes.change'; questionId: string; note: string }
  | { type: 'results.back' }
  /** After a quick scope: the first page of the detailed path with a question still unanswered. */
  | { type: 'refine.start' }
  /** The review, with what the plan assumed listed. */
  | { type: 'review.assumed' }
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

const pathOf = (page: PageId) => pageById.get(page)!.path;

/**
 * Where "next" leads from a complete page: back to the review when the user came from it to edit, otherwise the
 * following page that applies (the review after the last one). The form labels its button with it.
 */
export const nextDestination = (context: WizardContext, page: PageId): PageId | 'review' =>
  context.returnToReview ? 'review' : nextPage(page, context.answers);

const planReady = (context: WizardContext) => outstanding(context.answers, context.pending).length === 0;

/** Which path a draft that resumes at the review or the results was on: detailed once it has more than the quick scope. */
function lastPageOf(input: WizardInput): PageId {
  if (input.step && isPage(input.step)) return input.step;
  const ids = Object.keys(input.answers ?? {}).filter((id) => questionById.get(id)?.step !== 'figures');
  return ids.length > 0 && ids.every(isQuick) ? 'quick-2' : 'approach';
}

const goto = (page: WizardStep) => ({ type: 'page.goto' as const, page });

/** A state node per page: the same transitions at a different position. */
function pageState(page: PageId) {
  return {
    entry: { type: 'enterPage' as const, params: { page } },
    on: {
      'step.next': [
        { guard: { type: 'canLeaveToReview' as const, params: { page } }, target: '#wizard.review' },
        {
          guard: { type: 'pageComplete' as const, params: { page } },
          actions: { type: 'gotoNext' as const, params: { page } },
        },
      ],
      'step.back': {
        guard: { type: 'hasPrevious' as const, params: { page } },
        actions: { type: 'gotoPrevious' as const, params: { page } },
      },
    },
  };
}

/** The questionnaire's pages, one state each. */
const pageStates = Object.fromEntries(pageIds.map((page) => [page, pageState(page)])) as Record<
  PageId,
  ReturnType<typeof pageState>
>;

// createMachine rather than setup(): setup() brings every action creator of XState into the questionnaire's
// first load, used or not.
export const wizardMachine = createMachine(
  {
    types: {} as {
      context: WizardContext;
      events: WizardEvent;
      input: WizardInput;
      guards:
        | { type: 'pageComplete'; params: { page: PageId } }
        | { type: 'canLeaveToReview'; params: { page: PageId } }
        | { type: 'hasPrevious'; params: { page: PageId } }
        | { type: 'planReady'; params: undefined }
        | { type: 'hasUndo'; params: undefined };
      actions:
        | { type: 'enterPage'; params: { page: PageId } }
        | { type: 'gotoNext'; params: { page: PageId } }
        | { type: 'gotoPrevious'; params: { page: PageId } }
        | { type: 'mergeAnswers'; params: undefined }
        | { type: 'changeNote'; params: undefined }
        | { type: 'markReturnToReview'; params: undefined }
        | { type: 'clearReturn'; params: undefined }
        | { type: 'snapshotAndClear'; params: undefined }
        | { type: 'snapshotAndImport'; params: undefined }
        | { type: 'restoreUndo'; params: undefined }
        | { type: 'dismissNotice'; params: undefined }
        | { type: 'applyExternal'; params: undefined };
    },

    id: 'wizard',
    context: ({ input }) => ({
      answers: input.answers ?? {},
      pending: input.pending ?? {},
      notes: input.notes ?? {},
      madeWith: null,
      returnToReview: false,
      focusQuestion: null,
      showAssumed: false,
      setAside: [],
      undo: null,
      resumeStep: input.step ?? 'context',
      lastPage: lastPageOf(input),
      revision: 0,
      external: { seq: 0, ids: [] },
    }),
    initial: 'restoring',
    on: {
      'answers.change': { actions: 'mergeAnswers' },
      'page.goto': [
        // Results are only shown for a plan with every decisive answer; otherwise the review, which lists them.
        {
          guard: ({ context, event }) => event.page === 'results' && planReady(context),
          target: '.results',
        },
        { guard: ({ event }) => event.page === 'results' || event.page === 'review', target: '.review' },
        ...pageIds.map((page) => ({
          guard: ({ context, event }: { context: WizardContext; event: WizardEvent }) =>
            event.type === 'page.goto' && event.page === page && pageApplies(page, context.answers),
          target: `.${page}`,
        })),
        // A page none of whose questions applies to these answers: the next one that does.
        {
          guard: ({ event }) => isPage(event.page),
          actions: raise(({ context, event }) => goto(nextPage(event.page as PageId, context.answers))),
        },
        { target: '.context' },
      ],
      'step.goto': {
        actions: raise(({ event }) => goto(event.step === 'review' ? 'review' : firstPageOfStep(event.step))),
      },
      'refine.start': {
        actions: raise(({ context }) => goto(firstUnansweredPage(context.answers) ?? 'review')),
      },
      'review.assumed': {
        target: '.review',
        actions: assign({ showAssumed: true }),
      },
      'draft.startOver': {
        actions: ['snapshotAndClear', raise(({ context }) => goto(firstPage(pathOf(context.lastPage))))],
      },
      'answers.import': [
        // "Edit a copy" of a shared plan opens the plan, or the review when a decisive answer is missing; an import
        // lands on the review.
        {
          guard: ({ event }) => event.then === 'edit',
          actions: ['snapshotAndImport', raise(goto('results'))],
        },
        { target: '.review', actions: 'snapshotAndImport' },
      ],
      'draft.undo': { guard: 'hasUndo', target: '.review', actions: 'restoreUndo' },
      'notice.dismiss': { actions: 'dismissNotice' },
      'notes.change': { actions: 'changeNote' },
      'draft.external': { actions: 'applyExternal' },
    },
    states: {
      restoring: {
        entry: raise(({ context }) => goto(context.resumeStep)),
      },
      ...pageStates,
      review: {
        entry: 'clearReturn',
        on: {
          'review.edit': {
            actions: [
              'markReturnToReview',
              raise(({ context, event }) =>
                goto(
                  event.questionId
                    ? pageAsking(event.questionId, pathOf(context.lastPage))
                    : firstPageOfStep(event.step ?? 'context'),
                ),
              ),
            ],
          },
          'review.confirm': { guard: 'planReady', target: 'results' },
          'step.back': { actions: raise(({ context }) => goto(context.lastPage)) },
        },
      },
      results: {
        on: { 'results.back': { target: 'review' } },
      },
    },
  },
  {
    guards: {
      pageComplete: ({ context }, params: { page: PageId }) =>
        isPageComplete(context.answers, context.pending, params.page),
      canLeaveToReview: ({ context }, params: { page: PageId }) =>
        context.returnToReview && isPageComplete(context.answers, context.pending, params.page),
      hasPrevious: ({ context }, params: { page: PageId }) =>
        previousPage(params.page, context.answers) !== null,
      planReady: ({ context }) => planReady(context),
      hasUndo: ({ context }) => context.undo !== null,
    },
    actions: {
      enterPage: assign((_, params: { page: PageId }) => ({ lastPage: params.page, showAssumed: false })),
      gotoNext: raise(({ context }, params: { page: PageId }) =>
        goto(nextPage(params.page, context.answers)),
      ),
      gotoPrevious: raise(({ context }, params: { page: PageId }) =>
        goto(previousPage(params.page, context.answers) ?? params.page),
      ),
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
  },
);
