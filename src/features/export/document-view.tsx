/**
 * A plan document on screen: the same blocks the Markdown and the PDF render, as HTML, so a reader sees before
 * downloading exactly what the file will say. Every string is React text, never markup. Charts are drawn only in
 * the PDF (their figures are in a table next to them).
 */
import { createElement, useId } from 'react';
import type { Block, ListItem, PlanDocument, Span, WorkItem } from './document';

type Level = 2 | 3 | 4 | 5;
const H = ({ level, id, children }: { level: Level; id?: string; children: string }) =>
  createElement(`h${level}`, { id, className: `export-doc__h${level}` }, children);

function Spans({ spans }: { spans: Span[] }) {
  return (
    <>{spans.map((s, i) => (s.strong ? <strong key={i}>{s.text}</strong> : <span key={i}>{s.text}</span>))}</>
  );
}

function Item({ item }: { item: ListItem }) {
  return (
    <li>
      <Spans spans={item.spans} />
      {item.details.length > 0 && (
        <ul>
          {item.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
      {item.why.map((w, i) => (
        <p key={i} className="export-doc__why">
          <span className="export-doc__why-label">Why:</span> {w}
        </p>
      ))}
    </li>
  );
}

function Task({ item }: { item: WorkItem }) {
  return (
    <li className="export-doc__task">
      <p>
        <span aria-hidden="true">☐ </span>
        <strong>{item.title}</strong>{' '}
        <span className="export-doc__tag">
          {item.label} · {item.priority.toLowerCase()} priority
        </span>
      </p>
      {item.description.map((d, i) => (
        <p key={i}>{d}</p>
      ))}
      {item.acceptance.length > 0 && (
        <>
          <p className="export-doc__label">Acceptance criteria</p>
          <ul>
            {item.acceptance.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

function BlockView({ block, level }: { block: Block; level: Level }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p>
          <Spans spans={block.spans} />
        </p>
      );
    case 'subheading':
      return <H level={Math.min(5, level + 1) as Level}>{block.text}</H>;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className="export-doc__list" start={block.ordered ? block.start : undefined}>
          {block.items.map((it, i) => (
            <Item key={i} item={it} />
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <div className="export-doc__table" role="region" aria-label={block.head.join(', ')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                {block.head.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) => (
                    <td key={j}>{c || '–'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'verbatim':
      return <pre className="export-doc__verbatim">{block.text}</pre>;
    case 'why':
      return (
        <>
          {block.lines.map((l, i) => (
            <p key={i} className="export-doc__why">
              <span className="export-doc__why-label">Why:</span> {l}
            </p>
          ))}
        </>
      );
    case 'tasks':
      return (
        <ul className="export-doc__tasks">
          {block.items.map((it, i) => (
            <Task key={i} item={it} />
          ))}
        </ul>
      );
    case 'chart':
      return null;
  }
}

export function DocumentView({ doc, level = 2 }: { doc: PlanDocument; level?: 2 | 3 }) {
  const id = useId();
  const sectionLevel = (level + 1) as Level;
  return (
    <section className={`export-doc export-doc--${doc.layout}`} aria-labelledby={id}>
      <H level={level} id={id}>
        {doc.title}
      </H>
      <p className="export-doc__meta">
        {(doc.frontMatter ?? []).map(([k, v]) => `${k[0]!.toUpperCase()}${k.slice(1)}: ${v}`).join(' · ') ||
          doc.meta.join(' · ')}
      </p>
      {doc.sections.map((s) => (
        <div key={s.id} className="export-doc__section">
          {/* A one-page document with a single section needs no heading for it. */}
          {!(doc.layout === 'one-page' && doc.sections.length === 1) && <H level={sectionLevel}>{s.title}</H>}
          {s.blocks.map((b, i) => (
            <BlockView key={i} block={b} level={sectionLevel} />
          ))}
        </div>
      ))}
    </section>
  );
}
