/**
 * The answers a plan assumed (questions left unanswered, as the quick scope leaves most of them), in the user's
 * words: each becomes an item of the plan's assumptions with the default taken and why, and every "Why?" that a
 * default triggered says the value was assumed, not answered.
 */
import type { Plan } from '@/domain/plan';
import {
  assumedAnswers,
  formatAnswer,
  questionById,
  type Answers,
  type QuestionId,
} from '@/domain/questions';

const TITLE = 'An answer assumed until you give it';

/** The plan's assumption items for these assumed questions, a summary first. */
export function assumedItems(assumed: readonly string[], answers: Answers): Plan['assumptions'] {
  if (assumed.length === 0) return [];
  const items: Plan['assumptions'] = [
    {
      id: 'assumed',
      text: `${assumed.length === 1 ? 'One question was' : `${assumed.length} questions were`} not answered, so the plan assumes the answers below; answering them refines it.`,
      because: [{ ruleId: 'assumed', title: TITLE, triggers: [], sources: [] }],
    },
  ];
  for (const id of assumed) {
    const q = questionById.get(id);
    const why = assumedAnswers[id as QuestionId]?.why;
    if (!q || !why) continue;
    const value = answers[id];
    const text =
      value === undefined
        ? `“${q.label}” was not answered. ${why}`
        : `“${q.label}” was not answered; the plan assumes “${formatAnswer(q, value)}”. ${why}`;
    items.push({
      id: `assumed.${id}`,
      text,
      because: [{ ruleId: `assumed.${id}`, title: TITLE, triggers: [], sources: [], assumption: why }],
    });
  }
  return items;
}

const SUFFIX = ' (assumed)';

/**
 * Marks every trigger read from an assumed answer as such, wherever it appears in a plan the engine has just
 * built (so its triggers are its own). One trigger may appear in several places (an item and the trace): each is
 * marked once.
 */
export function markAssumedTriggers(plan: Plan, assumed: ReadonlySet<string>): void {
  if (assumed.size === 0) return;
  const marked = new Set<object>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    for (const [k, x] of Object.entries(v)) {
      if (k !== 'triggers' || !Array.isArray(x)) walk(x);
      else
        for (const t of x as { fact: string; value: string }[])
          if (assumed.has(t.fact) && !marked.has(t)) {
            marked.add(t);
            t.value = `${t.value}${SUFFIX}`;
          }
    }
  };
  walk(plan);
}
