/**
 * Scenarios side by side: one column per scenario, one row per part of the plan (src/engine/what-if/compare.ts).
 * A cell that differs from scenario A is marked in words as well as colour ("differs from A", the change), and
 * list items A does not have, or has and this scenario does not, are marked added or removed.
 */
import { useId } from 'react';
import type { Cell, Comparison } from '@/engine/what-if';

function CellBody({ cell, first }: { cell: Cell; first: boolean }) {
  const items = cell.items;
  return (
    <>
      {items && items.length ? (
        <ul className="wi-items">
          {items.map((it, i) => (
            <li key={i} className={it.change ? `wi-item--${it.change}` : undefined}>
              {it.change === 'added' ? (
                <>
                  <span className="wi-mark">Added: </span>
                  {it.text}
                </>
              ) : it.change === 'removed' ? (
                <>
                  <span className="wi-mark">Removed: </span>
                  <del>{it.text}</del>
                </>
              ) : it.change === 'changed' ? (
                <>
                  <span className="wi-mark">Changed: </span>
                  {it.text} <span className="wi-muted">(A: {it.was})</span>
                </>
              ) : (
                it.text
              )}
            </li>
          ))}
        </ul>
      ) : (
        <span>{items ? 'None' : cell.text}</span>
      )}
      {cell.delta ? <span className="wi-delta">{cell.delta}</span> : null}
      {cell.note ? <span className="wi-note">{cell.note}</span> : null}
      {!first && cell.differs ? <span className="wi-differs-mark">Differs from A</span> : null}
    </>
  );
}

export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const captionId = useId();
  return (
    <div className="sw-table-wrap wi-compare" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="sw-table wi-compare-table">
        <caption id={captionId} className="sw-sr-only">
          Scenarios side by side: {comparison.columns.map((c) => `${c.label}, ${c.name}`).join('; ')}
        </caption>
        <thead>
          <tr>
            <td />
            {comparison.columns.map((c) => (
              <th key={c.label} scope="col">
                <span className="wi-col-label">{c.label}</span> {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              {r.cells.map((c, i) => (
                <td key={i} className={i > 0 && c.differs ? 'wi-differs' : undefined}>
                  <CellBody cell={c} first={i === 0} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
