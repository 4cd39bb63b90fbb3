/**
 * The chrome every part of the plan shares: a titled region, collapsed to its heading and a count until the reader
 * opens it (the decision summary above says what matters first), an empty state and a scrollable table. A closed
 * section's content is not rendered, so a plan opens light; printing opens every section: paper shows everything.
 */
import { createContext, useContext, useId, useState, type ReactNode } from 'react';
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { Heading } from '../heading';
import { usePrinting } from '../printing';

export interface SectionProps {
  plan: Plan;
  answers: Answers;
}

/** "Open all" and "Close all": each press a new request, which every section follows. */
export interface OpenRequest {
  open: boolean;
  serial: number;
}
const OpenAll = createContext<OpenRequest>({ open: false, serial: 0 });
export const OpenAllProvider = OpenAll.Provider;

export function Section({
  title,
  count,
  className,
  children,
}: {
  title: string;
  /** What the section holds, in a few words ("9 phases"), shown beside its title while it is closed. */
  count?: string;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  const bodyId = useId();
  const printing = usePrinting();
  const request = useContext(OpenAll);
  // The reader's own toggle holds until the next "Open all" or "Close all".
  const [own, setOwn] = useState({ open: false, at: 0 });
  const open = request.serial > own.at ? request.open : own.open;
  const expanded = open || printing;
  return (
    <section className={`sw-section${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <Heading depth={1} id={id} className="sw-section__title">
        <button
          type="button"
          className="sw-section__toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => setOwn({ open: !open, at: request.serial })}
        >
          <span className="sw-section__name">{title}</span>
          {count && (
            <span className="sw-section__count">
              <span className="sw-sr-only">, </span>
              {count}
            </span>
          )}
        </button>
      </Heading>
      <div id={bodyId} className="sw-section__body" hidden={!expanded}>
        {expanded && children}
      </div>
    </section>
  );
}

/** "1 risk", "4 risks". */
export const counted = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

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
