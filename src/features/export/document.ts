/**
 * The plan as a neutral document: sections of paragraphs, lists, tables, verbatim text and charts, which both the
 * Markdown and the PDF exporter render. Every string is plain text: each renderer escapes it for its own format.
 */
import type { Range } from '@/domain/range';

export interface Span {
  text: string;
  strong?: boolean;
}

export interface ListItem {
  spans: Span[];
  /** Sub-points (actions, mitigations), rendered nested. */
  details: string[];
  /** Compact reasons: one line per contributing rule. */
  why: string[];
}

export type Chart =
  | {
      kind: 'timeline';
      title: string;
      /** `start` as laid out (`@/domain/phase-layout`): [0] in the all-shortest schedule, [1] in the all-longest. */
      phases: { label: string; start: Range; weeks: Range; parallel?: boolean }[];
      total: Range;
    }
  | { kind: 'usd-ranges'; title: string; bars: { label: string; range: Range }[] }
  | { kind: 'scores'; title: string; bars: { label: string; score: number }[] };

export type Block =
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'subheading'; text: string }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'table'; head: string[]; rows: string[][]; widths?: (number | '*' | 'auto')[] }
  /** Free text kept as written (the use-case summary). */
  | { kind: 'verbatim'; text: string }
  /** Why a whole section says what it says: one line per contributing rule. */
  | { kind: 'why'; lines: string[] }
  /** Only the PDF draws charts; their figures are always in a table too. */
  | { kind: 'chart'; chart: Chart };

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
}

export interface SourceRef {
  id: string;
  title: string;
  location: string;
}

export interface PlanDocument {
  title: string;
  /** The line above the project's name on a PDF's title page; "Scopewise plan" when absent. */
  kicker?: string;
  projectName: string | undefined;
  generatedAt: string;
  rulesetVersion: string;
  /** One-line facts under the title. */
  meta: string[];
  sections: Section[];
}
