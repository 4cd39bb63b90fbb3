/**
 * A comparison of scenarios (src/engine/what-if/compare.ts) as a document the Markdown and PDF exporters render:
 * the scenarios and how each differs from A, the plans side by side (a cell that differs from A says so in words,
 * so the difference survives paper and plain text), then the lists (blockers, risks, obligations) with what each
 * scenario adds or drops. Every string is plain text; each renderer escapes it for its format.
 */
import type { Cell, Comparison } from '@/engine/what-if';
import type { Block, PlanDocument, Section } from './document';
import { formatGeneratedAt } from './format';
import { item, para, text } from './sections/blocks';

export interface ComparisonDocumentOptions {
  /** The comparison's subject, usually the project name. */
  title: string;
  generatedAt: string;
  rulesetVersion: string;
}

const changeWords = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;
const LIST_ROWS = new Set(['blockers', 'risks', 'obligations', 'answers']);

/** A cell in one line: its text, then how it differs from A. */
function cellText(c: Cell, first: boolean): string {
  const parts = [c.text];
  if (c.delta) parts.push(`(${c.delta})`);
  if (!first && c.differs) parts.push('[differs from A]');
  if (c.note) parts.push(`— ${c.note}`);
  return parts.join(' ');
}

export function buildComparisonDocument(
  comparison: Comparison,
  opts: ComparisonDocumentOptions,
): PlanDocument {
  const generated = formatGeneratedAt(opts.generatedAt);
  const { columns, rows } = comparison;
  const heads = columns.map((c) => `${c.label}: ${c.name}`);
  const answers = rows.find((r) => r.id === 'answers');
  const sections: Section[] = [
    {
      id: 'scenarios',
      title: 'Scenarios',
      blocks: [
        para(
          text(
            'Each scenario is the plan worked out again from its own answers (and, where marked, an approach chosen by hand). Differences are against scenario A.',
          ),
        ),
        {
          kind: 'list',
          ordered: false,
          items: columns.map((c, i) =>
            item(
              [text(`${c.label}: ${c.name}`, true)],
              i === 0 ? [] : (answers?.cells[i]?.items ?? []).map((x) => x.text),
            ),
          ),
        },
      ],
    },
    {
      id: 'side-by-side',
      title: 'Side by side',
      blocks: [
        {
          kind: 'table',
          head: ['', ...heads],
          widths: [90, ...columns.map(() => '*' as const)],
          rows: rows
            .filter((r) => !LIST_ROWS.has(r.id))
            .map((r) => [r.label, ...r.cells.map((c, i) => cellText(c, i === 0))]),
        },
      ],
    },
    ...rows
      .filter((r) => LIST_ROWS.has(r.id) && r.id !== 'answers')
      .map((r): Section => ({
        id: r.id,
        title: r.label,
        blocks: r.cells.flatMap((c, i): Block[] => [
          { kind: 'subheading', text: `${heads[i]}${i > 0 && c.delta ? ` (${c.delta})` : ''}` },
          c.items && c.items.length
            ? {
                kind: 'list',
                ordered: false,
                items: c.items.map((x) =>
                  item([
                    ...(x.change ? [text(`${changeWords[x.change]}: `, true)] : []),
                    text(x.change === 'changed' ? `${x.text} (A: ${x.was})` : x.text),
                  ]),
                ),
              }
            : para(text('None.')),
        ]),
      })),
    {
      id: 'about',
      title: 'About this comparison',
      blocks: [
        {
          kind: 'table',
          head: ['Fact', 'Value'],
          widths: [140, '*'],
          rows: [
            ['Ruleset version', opts.rulesetVersion],
            ['Generated', generated],
            ['Scenarios', String(columns.length)],
          ],
        },
        para(
          text(
            'Every figure is a range worked out by the same rules from each scenario’s answers; the full plan of any scenario, with its reasons and sources, is in its own export.',
          ),
        ),
      ],
    },
  ];
  const title = opts.title ? `Scopewise comparison: ${opts.title}` : 'Scopewise comparison';
  return {
    title,
    kicker: 'Scopewise comparison',
    projectName: opts.title || undefined,
    generatedAt: generated,
    rulesetVersion: opts.rulesetVersion,
    meta: [`Generated ${generated}`, `Ruleset ${opts.rulesetVersion}`, `${columns.length} scenarios`],
    sections,
    layout: 'report',
  };
}
