/**
 * The backlog's work items as one CSV that GitHub Issues, Jira and Linear all import (RFC 4180: every field quoted,
 * quotes doubled, CRLF between records, UTF-8 without a byte-order mark, which Linear's importer would read as part
 * of the first header). Each tool reads the columns it knows and lets the others be skipped:
 *
 * - Jira's CSV importer requires `Summary`; it maps `Description`, `Issue Type`, `Priority` and `Labels` by name.
 * - Linear's CSV importer reads `Title`, `Description`, `Priority` (Urgent, High, Medium, Low) and `Labels`
 *   (split at ", "), and needs the `Labels` column to be present.
 * - GitHub has no CSV import of its own; the command-line importers built on its API (github-csv-tools and the
 *   like) read `title`, `body` and `labels` (split at ","), case-insensitively.
 *
 * One label a row, a slug without spaces or commas, reads the same in all three. A field that a spreadsheet would
 * take for a formula (=, +, -, @ first) is prefixed with an apostrophe, which Linear's importer strips again.
 */
import type { PlanDocument, WorkItem } from './document';

export const CSV_COLUMNS = [
  'Title',
  'Summary',
  'Description',
  'Body',
  'Issue Type',
  'Priority',
  'Labels',
] as const;

const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The item's description and its acceptance criteria as a Markdown task list (GitHub and Linear render it). */
export function workItemBody(it: WorkItem): string {
  const parts = [...it.description];
  if (it.acceptance.length)
    parts.push(['Acceptance criteria:', ...it.acceptance.map((a) => `- [ ] ${a}`)].join('\n'));
  return parts.join('\n\n');
}

export function workItems(doc: PlanDocument): WorkItem[] {
  return doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'tasks' ? b.items : [])));
}

export function renderCsv(doc: PlanDocument): string {
  const rows = workItems(doc).map((it) => {
    const body = workItemBody(it);
    return [it.title, it.title, body, body, it.type, it.priority, it.label];
  });
  return [[...CSV_COLUMNS], ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
