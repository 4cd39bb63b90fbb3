/**
 * The plan as a Markdown file for a wiki: GitHub-flavoured tables, CommonMark everything else. Pure: the same input
 * always gives the same text. Every piece of text goes through `escape-markdown`, so nothing typed by the user (or
 * written in a rule) can turn into markup.
 */
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { escapeInline, fencedText } from './escape-markdown';
import {
  buildPlanDocument,
  type Block,
  type DocumentOptions,
  type ListItem,
  type PlanDocument,
  type Span,
  type WorkItem,
} from './plan-document';

/** Emphasis markers go inside the span's own spaces: `**a:** b`, never `**a: **b`, which would not render bold. */
const spans = (parts: Span[]): string =>
  parts
    .map((s) => {
      const t = escapeInline(s.text);
      if (!t) return '';
      const lead = /^\s/.test(s.text) ? ' ' : '';
      const trail = /\s$/.test(s.text) ? ' ' : '';
      return `${lead}${s.strong ? `**${t}**` : t}${trail}`;
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();

function listItem(it: ListItem, marker: string): string {
  const pad = ' '.repeat(marker.length + 1);
  const lines = [`${marker} ${spans(it.spans) || '–'}`];
  for (const d of it.details) lines.push(`${pad}- ${escapeInline(d)}`);
  for (const w of it.why) lines.push(`${pad}- *Why:* ${escapeInline(w)}`);
  return lines.join('\n');
}

const cell = (t: string): string => escapeInline(t) || '–';

/** A work item as a GitHub-flavoured task list item, its acceptance criteria as nested tasks. */
function task(it: WorkItem): string {
  const lines = [
    `- [ ] **${escapeInline(it.title)}** (${escapeInline(it.label)}, ${it.priority.toLowerCase()} priority)`,
  ];
  for (const d of it.description) lines.push(`  - ${escapeInline(d)}`);
  if (it.acceptance.length) {
    lines.push('  - Acceptance criteria:');
    for (const a of it.acceptance) lines.push(`    - [ ] ${escapeInline(a)}`);
  }
  return lines.join('\n');
}

/** YAML front matter; every value double-quoted (a JSON string is a valid YAML one), so no text can break out. */
const frontMatter = (pairs: [string, string][]): string =>
  ['---', ...pairs.map(([k, v]) => `${k}: ${JSON.stringify(v)}`), '---'].join('\n');

function block(b: Block): string | undefined {
  switch (b.kind) {
    case 'paragraph':
      return spans(b.spans);
    case 'subheading':
      return `### ${escapeInline(b.text)}`;
    case 'list':
      return b.items.map((it, i) => listItem(it, b.ordered ? `${(b.start ?? 1) + i}.` : '-')).join('\n');
    case 'table': {
      const row = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
      return [row(b.head), `| ${b.head.map(() => '---').join(' | ')} |`, ...b.rows.map(row)].join('\n');
    }
    case 'why':
      return b.lines.map((l) => `*Why:* ${escapeInline(l)}`).join('\n\n') || undefined;
    case 'verbatim':
      return fencedText(b.text);
    case 'chart':
      // Charts are drawn only in the PDF; their figures are in the table next to them.
      return undefined;
    case 'tasks':
      return b.items.map(task).join('\n') || undefined;
  }
}

/** Any document as Markdown: the full plan, one reader's view of it, a comparison of scenarios. */
export function renderMarkdown(doc: PlanDocument): string {
  const out: string[] = doc.frontMatter
    ? [frontMatter(doc.frontMatter), `# ${escapeInline(doc.title)}`]
    : [`# ${escapeInline(doc.title)}`, escapeInline(doc.meta.join(' · '))];
  for (const s of doc.sections) {
    out.push(`## ${escapeInline(s.title)}`);
    for (const b of s.blocks) {
      const md = block(b);
      if (md) out.push(md);
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** The full plan, with the technical trace at the end. */
export function toMarkdown(plan: Plan, answers: Answers, opts: DocumentOptions): string {
  return renderMarkdown(buildPlanDocument(plan, answers, { ...opts, trace: true }));
}
