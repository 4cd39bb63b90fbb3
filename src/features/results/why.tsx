import { useId, useState, type ReactNode } from 'react';
import { COUNSEL_NOTE, shortLegalRef, type LegalRef } from '@/domain/legal';
import type { Because } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { basisOf } from '@/domain/reason-words';
import { factLabel } from '@/engine';
import { formatSource } from './model/explain';
import { usePrinting } from './printing';
import { useExplaining } from './trace';

interface WhyProps {
  because: Because[];
  answers: Answers;
  /** What the explanation is about, for the disclosure's accessible name ("Why? Vector store"). */
  about: string;
  /** The legal texts behind the item, for obligations: each named with its article and linked. */
  legal?: readonly LegalRef[];
  /** Leave out the assumption: the item is that assumption, already shown. */
  omitAssumption?: boolean;
}

/**
 * The "Why?" of one plan item, in the reader's terms: what the reason says, the answers it rests on, the assumption
 * and the sources, in a native disclosure so it is keyboard-operable. With the technical trace on, each reason adds
 * its rule id and the facts as the rules name them. A plan has many of them, mostly never opened, so a body is only
 * rendered once its disclosure opens, or when the page is printed (paper shows every explanation).
 */
export function Why(props: WhyProps) {
  const [opened, setOpened] = useState(false);
  const printing = usePrinting();
  if (props.because.length === 0) return null;
  return (
    <details
      className="sw-why"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary className="sw-why__summary">
        Why?<span className="sw-sr-only"> {props.about}</span>
      </summary>
      {(opened || printing) && <WhyBody {...props} />}
    </details>
  );
}

/**
 * A "Why?" that sits at the end of a line of text (the decision summary's items), as a button that shows the same
 * explanation below the line. The summary prints on one page, so its explanations never print: the sections below
 * print theirs.
 */
export function useInlineWhy(props: WhyProps): { toggle: ReactNode; body: ReactNode } {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (props.because.length === 0) return { toggle: null, body: null };
  return {
    toggle: (
      <button
        type="button"
        className="sw-why__inline"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        Why?<span className="sw-sr-only"> {props.about}</span>
      </button>
    ),
    body: (
      <div id={id} className="sw-why sw-why--inline" hidden={!open}>
        {open && <WhyBody {...props} />}
      </div>
    ),
  };
}

function WhyBody({ because, answers, legal = [], omitAssumption }: WhyProps) {
  const { trace, currencySymbol } = useExplaining();
  return (
    <div className="sw-why__body">
      {because.map((b, i) => {
        const basis = b.triggers.map((t) => basisOf(t, { labelOf: factLabel, answers, currencySymbol }));
        return (
          <div className="sw-why__rule" key={`${b.ruleId}-${i}`}>
            <p className="sw-why__rule-title">{b.title}</p>
            {basis.length > 0 && (
              <div className="sw-why__group">
                <p className="sw-why__label">Based on</p>
                <dl className="sw-why__triggers">
                  {basis.map((x, j) => (
                    <div className="sw-why__trigger" key={`${x.label}-${j}`}>
                      {/* Question labels often end in "?"; a colon after one reads badly. */}
                      <dt>{/[?:]$/.test(x.label) ? x.label : `${x.label}:`}</dt>
                      <dd>{x.value}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            )}
            {b.assumption && !omitAssumption && (
              <p className="sw-why__assumption">
                <span className="sw-why__label">Assumption:</span> {b.assumption}
              </p>
            )}
            {b.sources.length > 0 && (
              <div className="sw-why__group">
                <p className="sw-why__label">Sources</p>
                <ul className="sw-why__sources">
                  {b.sources.map((c, k) => (
                    <li key={`${c.file}-${c.lines[0]}-${k}`}>{formatSource(c)}</li>
                  ))}
                </ul>
              </div>
            )}
            {trace && (
              <p className="sw-why__trace">
                <code>{b.ruleId}</code>
                {b.triggers.length > 0 && (
                  <> · when {b.triggers.map((t) => `${t.fact} = ${t.value}`).join('; ')}</>
                )}
                {b.derivation && <> · derived: {b.derivation}</>}
              </p>
            )}
          </div>
        );
      })}
      {legal.length > 0 && (
        <div className="sw-why__rule sw-why__group">
          <p className="sw-why__label">The law</p>
          <ul className="sw-why__sources">
            {legal.map((r, k) => (
              <li key={`${r.url}-${r.article ?? ''}-${k}`}>
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {shortLegalRef(r)}
                  <span className="sw-sr-only"> (official text, opens in a new tab)</span>
                </a>
                {r.short !== undefined && <span className="sw-why__instrument"> — {r.instrument}</span>}
                {r.checkWithCounsel && <em> ({COUNSEL_NOTE})</em>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
