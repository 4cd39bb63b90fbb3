/**
 * The shape most parts of the plan share: a list of items, each traceable through its own "Why?", with a
 * sentence in place of the list when there is nothing to show.
 */
import type { Key, ReactNode } from 'react';
import type { LegalRef } from '@/domain/legal';
import type { Because } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { Why } from '../why';
import { Empty } from './section';

interface ExplainedListProps<T extends { because: Because[] }> {
  items: readonly T[];
  answers: Answers;
  itemKey: (item: T, index: number) => Key;
  /** Completes the disclosure's accessible name ("Why? Vector store"), so every "Why?" can be told apart. */
  about: (item: T) => string;
  /** The laws behind an item (obligations), listed in its "Why?". */
  legalOf?: (item: T) => readonly LegalRef[];
  /** The item's own content, shown before its "Why?". */
  children: (item: T) => ReactNode;
  /** Shown instead of an empty list; without it, an empty list renders nothing. */
  empty?: ReactNode;
  /** The items are assumptions: their "Why?" does not repeat them. */
  omitAssumption?: boolean;
  /** Next steps are a sequence, so their order is part of the meaning. */
  ordered?: boolean;
  /** The number of the first item of an ordered list that continues one given earlier. */
  start?: number;
  className?: string;
  itemClassName?: string;
}

export function ExplainedList<T extends { because: Because[] }>({
  items,
  answers,
  itemKey,
  about,
  legalOf,
  children,
  empty,
  omitAssumption,
  ordered = false,
  start,
  className = 'sw-list',
  itemClassName = 'sw-item',
}: ExplainedListProps<T>) {
  if (items.length === 0) return empty === undefined ? null : <Empty>{empty}</Empty>;
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={className} start={ordered ? start : undefined}>
      {items.map((item, i) => (
        <li key={itemKey(item, i)} className={itemClassName}>
          {children(item)}
          <Why
            because={item.because}
            answers={answers}
            about={about(item)}
            legal={legalOf?.(item)}
            omitAssumption={omitAssumption}
          />
        </li>
      ))}
    </List>
  );
}
