/**
 * A decisive answer in words: "If “How many annotated input–output examples do you have?” is 1,000 examples or
 * more: the approach becomes Fine-tuning a foundation model." Built from the catalogue's labels and the engine's
 * own labels and blocker messages; no free text a user typed ever appears in it.
 */
import type { Decisive } from '@/domain/plan';
import { formatAnswer, optionLabel, UNSURE, type AnswerValue, type Question } from '@/domain/questions';
import { approachLabels, hostingLabels } from '../labels';

const quoted = (s: string) => `“${s}”`;
/** A blocker's message in quotes, without its full stop (the sentence around it has one). */
const message = (s: string) => quoted(s.replace(/\.$/, ''));

function valueText(
  q: Question,
  value: AnswerValue,
  current: AnswerValue | undefined,
  d: Pick<Decisive, 'bound' | 'until'>,
): string {
  if (value === UNSURE) return 'is answered “not sure yet”';
  if (q.kind === 'multi' && Array.isArray(value)) {
    const now = Array.isArray(current) ? current : [];
    const added = value.filter((v) => !now.includes(v));
    const removed = now.filter((v) => !value.includes(v));
    if (q.exclusive && value.length === 1 && value[0] === q.exclusive)
      return `is ${quoted(optionLabel(q, q.exclusive))}`;
    const parts = [
      ...added.map((v) => `includes ${quoted(optionLabel(q, v))}`),
      // Ticking an option unticks "none of these" by itself: not worth saying.
      ...removed.filter((v) => v !== q.exclusive).map((v) => `leaves out ${quoted(optionLabel(q, v))}`),
    ];
    return parts.join(' and ') || `is ${quoted(formatAnswer(q, value))}`;
  }
  if ((q.kind === 'number' || q.kind === 'date') && d.bound) {
    const shown = formatAnswer(q, value);
    const until = d.until !== undefined ? formatAnswer(q, d.until) : undefined;
    if (q.kind === 'date')
      return d.bound === 'at-least'
        ? `is ${shown} or later${until ? ` (up to ${until})` : ''}`
        : `is ${shown} or earlier${until ? ` (from ${until})` : ''}`;
    return d.bound === 'at-least'
      ? `is ${shown} or more${until ? ` (up to ${until})` : ''}`
      : `is ${shown} or less${until ? ` (from ${until})` : ''}`;
  }
  return `is ${quoted(formatAnswer(q, value))}`;
}

/** What the plan becomes, in words: the new approach and hosting, and the blockers cleared or raised. */
export function becomesText(
  becomes: Decisive['becomes'],
  messages: Readonly<Record<string, string>>,
): string {
  const parts: string[] = [];
  if (becomes.approach) parts.push(`the approach becomes ${approachLabels[becomes.approach]}`);
  if (becomes.hosting) parts.push(`hosting becomes ${hostingLabels[becomes.hosting]}`);
  for (const id of becomes.clears ?? []) parts.push(`clears the blocker ${message(messages[id] ?? id)}`);
  for (const id of becomes.raises ?? []) parts.push(`raises the blocker ${message(messages[id] ?? id)}`);
  return parts.join('; ');
}

export function decisiveText(
  q: Question,
  value: AnswerValue,
  current: AnswerValue | undefined,
  d: Pick<Decisive, 'bound' | 'until' | 'becomes'>,
  messages: Readonly<Record<string, string>>,
): string {
  return `If ${quoted(q.label)} ${valueText(q, value, current, d)}: ${becomesText(d.becomes, messages)}.`;
}

/**
 * The other value of a decisive answer, short, for a list under its question: “Healthcare and life sciences”,
 * “39,800 USD or more”, “with “ERP””, “not sure yet”.
 */
export function decisiveValueShort(
  q: Question,
  d: Pick<Decisive, 'value' | 'bound' | 'until'>,
  current: AnswerValue | undefined,
): string {
  const { value } = d;
  if (value === UNSURE) return 'not sure yet';
  if (q.kind === 'multi' && Array.isArray(value)) {
    const now = Array.isArray(current) ? current : [];
    if (q.exclusive && value.length === 1 && value[0] === q.exclusive) return optionLabel(q, q.exclusive);
    const added = value.filter((v) => !now.includes(v)).map((v) => `with ${quoted(optionLabel(q, v))}`);
    const removed = now
      .filter((v) => !value.includes(v) && v !== q.exclusive)
      .map((v) => `without ${quoted(optionLabel(q, v))}`);
    return [...added, ...removed].join(', ') || formatAnswer(q, value);
  }
  if ((q.kind === 'number' || q.kind === 'date') && d.bound) {
    const shown = formatAnswer(q, value);
    const until = d.until !== undefined ? formatAnswer(q, d.until) : undefined;
    const later = q.kind === 'date';
    return d.bound === 'at-least'
      ? `${shown} or ${later ? 'later' : 'more'}${until ? ` (up to ${until})` : ''}`
      : `${shown} or ${later ? 'earlier' : 'less'}${until ? ` (from ${until})` : ''}`;
  }
  return formatAnswer(q, value);
}
