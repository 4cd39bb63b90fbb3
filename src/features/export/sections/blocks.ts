/** Small builders of document blocks, shared by the sections. */
import type { Block, ListItem, Span } from '../document';

export const text = (t: string, strong = false): Span => (strong ? { text: t, strong } : { text: t });
export const para = (...spans: Span[]): Block => ({ kind: 'paragraph', spans });
export const none = (what: string): Block => para(text(`No ${what} for this plan.`));
/** An empty list would print as nothing at all, so the reader is told there is none instead. */
export const listOrNone = (items: ListItem[], what: string, ordered = false): Block[] =>
  items.length ? [{ kind: 'list', ordered, items }] : [none(what)];
export const item = (spans: Span[], details: string[] = [], why: string[] = []): ListItem => ({
  spans,
  details,
  why,
});

/** Items that are sentences already read best joined by a space; fragments get semicolons. */
export const joinItems = (items: string[]): string =>
  items.every((x) => /[.!?]$/.test(x.trim())) ? items.join(' ') : items.join('; ');

export { reasonsNotGivenBy as notGivenBy } from '@/domain/say-once';
