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
  type ListItem,
  type PlanDocument,
  type PlanDocumentOptions,
  type Span,
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

function block(b: Block): string | undefined {
  switch (b.kind) {
    case 'paragraph':
      return spans(b.spans);
    case 'subheading':
      return `### ${escapeInline(b.text)}`;
    case 'list':
      return b.items.map((it, i) => listItem(it, b.ordered ? `${i + 1}.` : '-')).join('\n');
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
  }
}

export function toMarkdown(plan: Plan, answers: Answers, opts: PlanDocumentOptions): string {
  return documentToMarkdown(buildPlanDocument(plan, answers, opts));
}

/** Any document (a plan, a comparison of scenarios) as Markdown. */
export function documentToMarkdown(doc: PlanDocument): string {
  const out: string[] = [`# ${escapeInline(doc.title)}`, escapeInline(doc.meta.join(' · '))];
  for (const s of doc.sections) {
    out.push(`## ${escapeInline(s.title)}`);
    for (const b of s.blocks) {
      const md = block(b);
      if (md) out.push(md);
    }
  }
  return `${out.join('\n\n')}\n`;
}
