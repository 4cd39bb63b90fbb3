import { useState } from 'react';
import { COUNSEL_NOTE, shortLegalRef, type LegalRef } from '@/domain/legal';
import type { Because } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { formatSource, readableTrigger } from './model/explain';
import { usePrinting } from './printing';

interface WhyProps {
  because: Because[];
  answers: Answers;
  /** What the explanation is about, for the disclosure's accessible name ("Why? Vector store"). */
  about: string;
  /** The legal texts behind the item, for obligations: each named with its article and linked. */
  legal?: readonly LegalRef[];
}

/**
 * The "Why?" of one plan item: the rules, the answers that triggered them and the sources, in a native
 * disclosure so it is keyboard-operable. A plan has about a hundred of them, mostly never opened, so a body is
 * only rendered once its disclosure opens, or when the page is printed (paper shows every explanation).
 */
export function Why({ because, answers, about, legal = [] }: WhyProps) {
  const [opened, setOpened] = useState(false);
  const printing = usePrinting();
  if (because.length === 0) return null;
  return (
    <details
      className="sw-why"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary className="sw-why__summary">
        Why?<span className="sw-sr-only"> {about}</span>
      </summary>
      {(opened || printing) && <WhyBody because={because} answers={answers} legal={legal} />}
    </details>
  );
}

function WhyBody({ because, answers, legal = [] }: Omit<WhyProps, 'about'>) {
  return (
    <div className="sw-why__body">
      {because.map((b, i) => (
        <div className="sw-why__rule" key={`${b.ruleId}-${i}`}>
          <p className="sw-why__rule-title">
            <span className="sw-why__label">Rule:</span> {b.title}{' '}
            <code className="sw-why__rule-id">{b.ruleId}</code>
          </p>
          {b.triggers.length > 0 && (
            <div className="sw-why__group">
              <p className="sw-why__label">Triggered by</p>
              <dl className="sw-why__triggers">
                {b.triggers.map((t, j) => {
                  const r = readableTrigger(t, answers);
                  return (
                    <div className="sw-why__trigger" key={`${t.fact}-${j}`}>
                      {/* Question labels often end in "?"; a colon after one reads badly. */}
                      <dt>{/[?:]$/.test(r.label) ? r.label : `${r.label}:`}</dt>
                      <dd>{r.value}</dd>
                    </div>
                  );
                })}
              </dl>
            </div>
          )}
          {b.assumption && (
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
        </div>
      ))}
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
