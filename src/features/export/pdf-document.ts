/**
 * The plan document as a pdfmake document definition: plain data, no pdfmake code, so it is testable and costs
 * nothing until the PDF is actually made. Every string goes through the PDF text cleaner (see `pdf-text.ts`).
 */
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { CHART_WIDTH, chartSvg } from './pdf-charts';
import { createPdfTextCleaner, REPLACEMENT } from './pdf-text';
import type { Block, ListItem, PlanDocument, Span, WorkItem } from './plan-document';

export const PDF_FONT = 'Roboto';

const COLORS = {
  heading: '#0b3d6b',
  muted: '#5a6270',
  rule: '#c9d1db',
  headerFill: '#eef2f6',
  verbatim: '#f4f5f7',
};

export interface PdfDefinition {
  definition: TDocumentDefinitions;
  /** Runs of characters the embedded font cannot draw, replaced by U+FFFD. */
  replacedRuns: number;
}

const isLong = (b: Block): boolean =>
  (b.kind === 'table' && b.rows.length > 10) ||
  (b.kind === 'list' && b.items.length > 6) ||
  b.kind === 'verbatim';

export interface PdfLayoutOptions {
  /**
   * For the one-page layout: how much tighter than normal to set it (0, 1, 2). `toPdf` raises it until the
   * document fits one page.
   */
  squeeze?: number;
  /** Called with the page count once pdfmake has laid the document out (through the footer, which sees it). */
  onPageCount?: (pages: number) => void;
}

export function buildPdfDefinition(doc: PlanDocument, opts: PdfLayoutOptions = {}): PdfDefinition {
  return doc.layout === 'one-page' ? onePage(doc, opts) : report(doc, opts);
}

/** What both layouts share: clean text, and blocks as pdfmake content. */
function contentBuilder() {
  const cleaner = createPdfTextCleaner();
  const t = (s: string): string => cleaner.clean(s);

  /** Cleaning trims each span, so the spaces between spans are put back around it. */
  const spans = (parts: Span[]): Content[] =>
    parts.map((s) => {
      const text = `${/^\s/.test(s.text) ? ' ' : ''}${t(s.text)}${/\s$/.test(s.text) ? ' ' : ''}`;
      return s.strong ? { text, bold: true } : text;
    });

  const whyText = (lines: string[]): Content[] =>
    lines.map((l) => ({ text: [{ text: 'Why: ', bold: true }, t(l)], style: 'why' }));

  const listItem = (it: ListItem): Content => ({
    stack: [
      { text: spans(it.spans) },
      ...(it.details.length ? [{ ul: it.details.map((d) => t(d)), style: 'details' } as Content] : []),
      ...whyText(it.why),
    ],
  });

  const block = (b: Block): Content | undefined => {
    switch (b.kind) {
      case 'paragraph':
        return { text: spans(b.spans), style: 'paragraph' };
      case 'subheading':
        return { text: t(b.text), style: 'subheading', headlineLevel: 2 };
      case 'list':
        return b.ordered
          ? { ol: b.items.map(listItem), style: 'list', ...(b.start ? { start: b.start } : {}) }
          : { ul: b.items.map(listItem), style: 'list' };
      case 'table': {
        const whyColumn = b.head.length - 1;
        const isWhy = b.head[whyColumn] === 'Why';
        const head: TableCell[] = b.head.map((h) => ({ text: t(h), style: 'tableHead' }));
        const rows: TableCell[][] = b.rows.map((r) =>
          r.map((c, i) => (isWhy && i === whyColumn ? { text: t(c), style: 'whyCell' } : t(c) || '–')),
        );
        return {
          table: {
            headerRows: 1,
            widths: b.widths ?? b.head.map(() => '*'),
            body: [head, ...rows],
            dontBreakRows: true,
            keepWithHeaderRows: 1,
          },
          layout: {
            hLineWidth: (i: number) => (i === 1 ? 0.8 : 0.4),
            vLineWidth: () => 0,
            hLineColor: () => COLORS.rule,
            fillColor: (row: number) => (row === 0 ? COLORS.headerFill : null),
            paddingTop: () => 3,
            paddingBottom: () => 3,
          },
          style: 'table',
        };
      }
      case 'why':
        return b.lines.length ? { stack: whyText(b.lines), style: 'paragraph' } : undefined;
      case 'verbatim':
        return {
          table: {
            widths: ['*'],
            body: [[{ text: cleaner.clean(b.text, true), preserveLeadingSpaces: true }]],
          },
          layout: 'noBorders',
          fillColor: COLORS.verbatim,
          style: 'verbatim',
        };
      case 'chart':
        return {
          stack: [
            { text: t(b.chart.title), style: 'chartTitle' },
            { svg: chartSvg(b.chart, t), width: CHART_WIDTH },
          ],
          unbreakable: true,
          style: 'chart',
        };
      case 'tasks':
        return b.items.length ? { ul: b.items.map(task), style: 'list' } : undefined;
    }
  };

  const task = (it: WorkItem): Content => ({
    stack: [
      {
        text: [{ text: t(it.title), bold: true }, ` (${t(it.label)}, ${it.priority.toLowerCase()} priority)`],
      },
      ...it.description.map((d) => ({ text: t(d), style: 'details' }) as Content),
      ...(it.acceptance.length
        ? [
            { text: 'Acceptance criteria', bold: true, style: 'details' } as Content,
            { ul: it.acceptance.map((a) => t(a)), style: 'details' } as Content,
          ]
        : []),
    ],
    unbreakable: true,
    margin: [0, 0, 0, 4],
  });

  return { cleaner, t, block };
}

const STYLES = {
  kicker: { fontSize: 14, color: COLORS.muted },
  title: { fontSize: 26, bold: true, color: COLORS.heading, lineHeight: 1.1 },
  titleMeta: { fontSize: 11, color: COLORS.muted },
  tocTitle: { fontSize: 12, bold: true, margin: [0, 0, 0, 6] },
  notice: { fontSize: 9, color: COLORS.muted, margin: [0, 24, 0, 0] },
  h2: { fontSize: 15, bold: true, color: COLORS.heading, margin: [0, 14, 0, 6] },
  subheading: { fontSize: 11.5, bold: true, margin: [0, 8, 0, 4] },
  paragraph: { margin: [0, 0, 0, 6] },
  list: { margin: [0, 0, 0, 6] },
  details: { margin: [0, 1, 0, 1] },
  why: { fontSize: 7.5, color: COLORS.muted },
  whyCell: { fontSize: 7.5, color: COLORS.muted },
  table: { fontSize: 8.5, margin: [0, 2, 0, 8] },
  tableHead: { bold: true },
  verbatim: { fontSize: 9, margin: [0, 0, 0, 8] },
  chart: { margin: [0, 2, 0, 10] },
  chartTitle: { fontSize: 9, bold: true, margin: [0, 0, 0, 3] },
  footer: { fontSize: 8, color: COLORS.muted },
} satisfies TDocumentDefinitions['styles'];

const INFO = (doc: PlanDocument) => ({
  // Document properties are Unicode strings, not drawn glyphs: they keep the name exactly as typed.
  title: doc.title,
  subject: 'Generative-AI project plan',
  creator: 'Scopewise',
  producer: 'Scopewise',
});

/**
 * The executive one-pager: no title page or contents, the title and the date at the top, tight type. Its content
 * is bounded (three risks, five gates, three steps, clipped free text), and `squeeze` tightens it further.
 */
function onePage(doc: PlanDocument, opts: PdfLayoutOptions): PdfDefinition {
  const { cleaner, t, block } = contentBuilder();
  const squeeze = Math.max(0, Math.min(2, opts.squeeze ?? 0));
  const size = [9, 8.5, 7.5][squeeze]!;
  const body: Content[] = [];
  for (const s of doc.sections) {
    if (doc.sections.length > 1) body.push({ text: t(s.title), style: 'h2' });
    for (const b of s.blocks) {
      const c = block(b);
      if (c) body.push(c);
    }
  }
  const name = doc.projectName === undefined ? 'Untitled project' : t(doc.projectName) || 'Untitled project';
  const definition: TDocumentDefinitions = {
    info: INFO(doc),
    pageSize: 'A4',
    pageMargins: [44, 40, 44, 40],
    language: 'en',
    content: [
      { text: 'Scopewise · executive summary', style: 'kicker' },
      { text: name.length > 90 ? `${name.slice(0, 89)}…` : name, style: 'title' },
      { text: t(doc.meta.join(' · ')), style: 'titleMeta' },
      ...body,
    ],
    footer: (currentPage: number, pageCount: number) => {
      opts.onPageCount?.(pageCount);
      return {
        text: `Scopewise ruleset ${t(doc.rulesetVersion)} · not legal advice · page ${currentPage} of ${pageCount}`,
        margin: [44, 14, 44, 0],
        style: 'footer',
      };
    },
    defaultStyle: { font: PDF_FONT, fontSize: size, lineHeight: squeeze ? 1.1 : 1.15, color: '#1a1a1a' },
    styles: {
      ...STYLES,
      kicker: { fontSize: 10, color: COLORS.muted },
      title: { fontSize: squeeze ? 16 : 18, bold: true, color: COLORS.heading, margin: [0, 2, 0, 2] },
      titleMeta: { fontSize: 8, color: COLORS.muted, margin: [0, 0, 0, 8] },
      h2: { fontSize: 12, bold: true, color: COLORS.heading, margin: [0, 6, 0, 3] },
      subheading: {
        fontSize: size + 1.5,
        bold: true,
        color: COLORS.heading,
        margin: [0, squeeze ? 4 : 6, 0, 2],
      },
      paragraph: { margin: [0, 0, 0, squeeze ? 2 : 4] },
      list: { margin: [0, 0, 0, squeeze ? 2 : 4] },
      table: { fontSize: size, margin: [0, 2, 0, squeeze ? 2 : 6] },
      verbatim: { fontSize: size, margin: [0, 0, 0, 4] },
      footer: { fontSize: 7, color: COLORS.muted },
    },
  };
  return { definition, replacedRuns: cleaner.replacedRuns };
}

function report(doc: PlanDocument, opts: PdfLayoutOptions): PdfDefinition {
  const { cleaner, t, block } = contentBuilder();

  const body: Content[] = [];
  for (const s of doc.sections) {
    const heading: Content = { text: t(s.title), style: 'h2', tocItem: true, outline: true };
    const rendered = s.blocks.flatMap((b) => {
      const c = block(b);
      return c ? [{ b, c }] : [];
    });
    const [first, ...rest] = rendered;
    // A heading never ends a page: it stays with its first block unless that block is long enough to need breaking.
    // (Unbreakable stacks, not a pageBreakBefore callback: each callback-inserted break re-runs the whole layout.)
    if (first && !isLong(first.b))
      body.push({ stack: [heading, first.c], unbreakable: true }, ...rest.map((r) => r.c));
    else body.push(heading, ...rendered.map((r) => r.c));
  }

  const name = doc.projectName === undefined ? 'Untitled project' : t(doc.projectName) || 'Untitled project';
  const footerName = name.length > 60 ? `${name.slice(0, 59)}…` : name;

  const titlePage: Content[] = [
    { text: doc.kicker ?? 'Scopewise plan', style: 'kicker', margin: [0, 120, 0, 8] },
    // Names are at most 80 characters when typed in the app, but a hand-written answers file may hold anything.
    { text: name, style: 'title', fontSize: name.length <= 40 ? 26 : name.length <= 90 ? 18 : 12 },
    { text: `Generated ${t(doc.generatedAt)}`, style: 'titleMeta', margin: [0, 24, 0, 2] },
    { text: `Ruleset version ${t(doc.rulesetVersion)}`, style: 'titleMeta' },
  ];
  // Checked after everything else was cleaned, since the count covers the whole document.
  const notice = (): Content[] =>
    cleaner.replacedRuns
      ? [
          {
            text: `Some characters in your text (for example Chinese, Japanese or Korean script, or emoji) cannot be drawn with this PDF's font and are shown as ${REPLACEMENT}. The Markdown export keeps them exactly.`,
            style: 'notice',
          },
        ]
      : [];

  const definition: TDocumentDefinitions = {
    info: INFO(doc),
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 56],
    language: 'en',
    content: [
      ...titlePage,
      { toc: { title: { text: 'Contents', style: 'tocTitle' } }, margin: [0, 36, 0, 0] },
      ...notice(),
      { text: '', pageBreak: 'after' },
      ...body,
    ],
    footer: (currentPage: number, pageCount: number) => {
      opts.onPageCount?.(pageCount);
      return {
        columns: [
          { text: footerName, alignment: 'left' },
          { text: `Page ${currentPage} of ${pageCount}`, alignment: 'right', width: 90 },
        ],
        margin: [50, 20, 50, 0],
        style: 'footer',
      };
    },
    defaultStyle: { font: PDF_FONT, fontSize: 9.5, lineHeight: 1.2, color: '#1a1a1a' },
    styles: STYLES,
  };
  return { definition, replacedRuns: cleaner.replacedRuns };
}
