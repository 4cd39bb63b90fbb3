/** The chrome every part of the plan shares: a titled region, an empty state and a scrollable table. */
import { useId, type ReactNode } from 'react';
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { Heading } from '../heading';

export interface SectionProps {
  plan: Plan;
  answers: Answers;
}

export function Section({
  title,
  className,
  children,
}: {
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`sw-section${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <Heading depth={1} id={id} className="sw-section__title">
        {title}
      </Heading>
      {children}
    </section>
  );
}

export const Empty = ({ children }: { children: ReactNode }) => <p className="sw-empty">{children}</p>;

/**
 * A table that may scroll sideways on a narrow screen: a labelled, focusable region so keyboard users can scroll
 * it too. `numeric` keeps figures on one line.
 */
export function TableWrap({
  caption,
  numeric,
  screenReaderOnly,
  children,
}: {
  caption: string;
  numeric?: boolean;
  /** A chart's text equivalent: hidden on screen, printed; not a scroll region, so it takes no focus. */
  screenReaderOnly?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  const region = screenReaderOnly
    ? { className: 'sw-table-wrap sw-sr-table' }
    : { className: 'sw-table-wrap', role: 'region', 'aria-labelledby': id, tabIndex: 0 };
  return (
    <div {...region}>
      <table className={`sw-table${numeric ? ' sw-table--numeric' : ''}`}>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
