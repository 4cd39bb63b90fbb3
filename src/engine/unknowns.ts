/**
 * What finding out a "not sure" figure would change: the estimate is worked out again at each end of the range the
 * answer stands for, and the difference becomes a next step ("find out how many people will use it: between 20
 * and 500 a day, the monthly cost runs from … to …"). Only the estimate is redone: the team, the volume and the
 * words change no decision, just the schedule and the bill.
 */
import { formatWeeksRange } from '@/domain/format';
import type { Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';
import { UNSURE, type Answers } from '@/domain/questions';
import { moneyRange } from './estimates';
import type { Ruleset } from './rules-schema';

type Figure = 'timeline' | 'build' | 'monthly';

interface Unknown {
  id: 'teamSize' | 'dailyUsers' | 'requestsPerUser' | 'inputWords' | 'outputWords';
  /** What to find out, as the start of a next step. */
  ask: string;
  /** How the two ends read: "with 2 engineers". */
  end: (n: number) => string;
  /** The figure it moves most. */
  moves: Figure;
}

const unknowns: readonly Unknown[] = [
  {
    id: 'teamSize',
    ask: 'Settle how many engineers can work on it',
    end: (n) => `${n} engineer${n === 1 ? '' : 's'}`,
    moves: 'timeline',
  },
  {
    id: 'dailyUsers',
    ask: 'Find out how many people will use it each day',
    end: (n) => `${n.toLocaleString('en-US')} a day`,
    moves: 'monthly',
  },
  {
    id: 'requestsPerUser',
    ask: 'Find out how often each person will use it',
    end: (n) => `${n} requests a day`,
    moves: 'monthly',
  },
  {
    id: 'inputWords',
    ask: 'Measure how long a typical input is',
    end: (n) => `${n.toLocaleString('en-US')} words`,
    moves: 'monthly',
  },
  {
    id: 'outputWords',
    ask: 'Measure how long a typical output is',
    end: (n) => `${n.toLocaleString('en-US')} words`,
    moves: 'monthly',
  },
];

/** The typical range a "not sure" answer stands for, for these answers. */
function rangeOf(u: Unknown, answers: Answers, ruleset: Ruleset): Range | undefined {
  const a = ruleset.assumptions;
  const task =
    typeof answers.taskCategory === 'string' ? a.wordsByTask.values[answers.taskCategory] : undefined;
  switch (u.id) {
    case 'teamSize':
      return a.notSure.values.teamSize;
    case 'requestsPerUser':
      return a.notSure.values.requestsPerUser;
    case 'dailyUsers': {
      const audience =
        answers.audience === 'customers' || answers.audience === 'public' ? answers.audience : 'internal';
      return a.notSure.values.dailyUsers[audience];
    }
    case 'inputWords':
      return task?.input;
    case 'outputWords':
      return task?.output;
  }
}

/** The typical range a "not sure" number stands for, when the engine reads it as one (team, users, words). */
export function notSureRange(questionId: string, answers: Answers, ruleset: Ruleset): Range | undefined {
  const u = unknowns.find((x) => x.id === questionId);
  return u && rangeOf(u, answers, ruleset);
}

/** The estimate's headline figures, as a re-estimate gives them. */
export interface Estimate {
  totalWeeks: Range;
  build: Range;
  monthly: Range;
  currencySymbol: string;
}

const show = (e: Estimate, figure: Figure): string => {
  if (figure === 'timeline') return formatWeeksRange(e.totalWeeks);
  if (figure === 'build') return moneyRange(e.build, e.currencySymbol);
  return `${moneyRange(e.monthly, e.currencySymbol)} a month`;
};

const noun: Record<Figure, string> = {
  timeline: 'the timeline',
  build: 'the build cost',
  monthly: 'the running cost',
};

/** A next step for every "not sure" figure that moves the plan, worked out by `estimateAt`. */
export function unknownSteps(
  answers: Answers,
  ruleset: Ruleset,
  estimateAt: (id: Unknown['id'], value: number) => Estimate,
): Plan['nextSteps'] {
  const steps: Plan['nextSteps'] = [];
  for (const u of unknowns) {
    if (answers[u.id] !== UNSURE) continue;
    const range = rangeOf(u, answers, ruleset);
    if (!range) continue;
    const [low, high] = range.map((n) => estimateAt(u.id, n));
    const a = show(low!, u.moves);
    const b = show(high!, u.moves);
    if (a === b) continue;
    steps.push({
      text: `${u.ask}: with ${u.end(range[0])}, ${noun[u.moves]} is ${a}; with ${u.end(range[1])}, ${b}.`,
      because: [
        {
          ruleId: `unknowns.${u.id}`,
          title: 'A figure you were not sure of',
          triggers: [{ fact: u.id, value: 'not sure yet' }],
          sources: [],
          assumption: ruleset.assumptions.notSure.assumption,
        },
      ],
    });
  }
  return steps;
}
