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
  | { kind: 'money-ranges'; title: string; symbol: string; bars: { label: string; range: Range }[] }
  | { kind: 'scores'; title: string; bars: { label: string; score: number }[] };

/** A piece of work for the backlog: one row of the CSV, one checklist item of the Markdown. */
export interface WorkItem {
  title: string;
  /** What it is and why, one paragraph each. */
  description: string[];
  acceptance: string[];
  /** One label, a slug without spaces or commas, so every tracker reads it the same way. */
  label: string;
  priority: 'High' | 'Medium' | 'Low';
  /** "Task", or "Story" for a whole phase. */
  type: 'Task' | 'Story';
}

export type Block =
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'subheading'; text: string }
  /** `start`: the number of an ordered list's first item, when it continues a list given earlier. */
  | { kind: 'list'; ordered: boolean; items: ListItem[]; start?: number }
  | { kind: 'table'; head: string[]; rows: string[][]; widths?: (number | '*' | 'auto')[] }
  /** Free text kept as written (the use-case summary). */
  | { kind: 'verbatim'; text: string }
  /** Why a whole section says what it says: one line per contributing rule. */
  | { kind: 'why'; lines: string[] }
  /** Only the PDF draws charts; their figures are always in a table too. */
  | { kind: 'chart'; chart: Chart }
  /** Work items with their acceptance criteria (the backlog): a checklist, and the rows of its CSV. */
  | { kind: 'tasks'; items: WorkItem[] };

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

/** Who a document is for: the whole plan, or one reader's view of it. */
export const readerIds = ['full', 'exec', 'compliance', 'backlog', 'adr'] as const;
export type ReaderId = (typeof readerIds)[number];

export interface PlanDocument {
  /** Whose view of a plan it is; a comparison of scenarios has none. */
  reader?: ReaderId;
  title: string;
  /** The line above the project's name on a PDF's title page; "Scopewise plan" when absent. */
  kicker?: string;
  projectName: string | undefined;
  generatedAt: string;
  rulesetVersion: string;
  /** One-line facts under the title. */
  meta: string[];
  /** Metadata a Markdown file carries as YAML front matter (the decision record's status and date). */
  frontMatter?: [string, string][];
  sections: Section[];
  /** Laid out on a single page (the executive one-pager), or as a report with a title page and contents. */
  layout: 'report' | 'one-page';
}
