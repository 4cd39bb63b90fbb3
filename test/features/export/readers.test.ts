/**
 * One plan, a document for each reader (issue 14, item 5): the executive one-pager, the compliance appendix, the
 * engineering backlog (Markdown checklist and CSV) and the architecture decision record, for every example.
 */
import MarkdownIt from 'markdown-it';
import type { Plan } from '@/domain/plan';
import { evaluate } from '@/engine';
import type { PlanDocument } from '@/features/export/document';
import { buildReaderDocument } from '@/features/export/readers';
import { CSV_COLUMNS, csvField, renderCsv, workItems } from '@/features/export/to-csv';
import { renderMarkdown } from '@/features/export/to-markdown';
import { exampleFiles, loadExample } from '../../engine/support';
import { parseCsv } from '../../support/csv';

const today = '2026-12-01';
const generatedAt = '2026-11-29T10:00:00.000Z';
const examples = exampleFiles.map((name) => {
  const answers = loadExample(name);
  return { name, answers, plan: evaluate(answers, { today }) };
});
const md = new MarkdownIt('default', { html: false });
const headings = (text: string, level: number) =>
  md
    .parse(text, {})
    .flatMap((t, i, all) =>
      t.type === 'heading_open' && t.tag === `h${level}` ? [all[i + 1]!.content] : [],
    );
const text = (doc: PlanDocument) => renderMarkdown(doc);

describe('executive one-pager', () => {
  it.each(examples)('$name: the decision summary alone, laid out for one page', ({ plan, answers }) => {
    const doc = buildReaderDocument('exec', plan, answers, { generatedAt });
    expect(doc.layout).toBe('one-page');
    expect(doc.sections.map((s) => s.title)).toEqual(['Decision summary']);
    const out = text(doc);
    expect(out).toContain(`**Recommended approach:** ${plan.approach.label}`);
    expect(out).toMatch(/\| Timeline \| .+ \|\n\| Build cost \| .+ \|\n\| Monthly run cost \| .+ \|/);
    expect(headings(out, 3)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Top risks/),
        expect.stringMatching(/^Must do before launch/),
      ]),
    );
    // At most three risks and three steps, whatever the plan holds.
    const summary = out.slice(out.indexOf('### Top risks'));
    expect(summary.split('### Must do')[0]!.match(/^- /gm)?.length ?? 0).toBeLessThanOrEqual(3);
    expect(out.match(/^\d\. /gm)?.length ?? 0).toBeLessThanOrEqual(3);
  });
});

describe('compliance appendix', () => {
  it.each(examples)(
    '$name: every obligation, why it applies, the answers behind it, the law',
    ({ plan, answers }) => {
      const out = text(buildReaderDocument('compliance', plan, answers, { generatedAt }));
      expect(headings(out, 2)).toEqual(expect.arrayContaining(['Scope', 'Open questions', 'Sources']));
      for (const o of plan.obligations) {
        const at = out.indexOf(`**${o.title.replace(/[*_]/g, (c) => `\\${c}`)}**`);
        expect(at, o.title).toBeGreaterThan(0);
        const item = out.slice(at, out.indexOf('\n- **', at + 1) >>> 0);
        expect(item).toContain('Why it applies:');
        expect(item).toContain('Evidence to keep:');
        if (o.because.some((b) => b.triggers.length)) expect(item).toContain('The answers behind it:');
        if (o.legal.length) expect(item).toMatch(/Law: .+\(S\d+/);
      }
      const open = out.slice(out.indexOf('## Open questions'), out.indexOf('## Sources'));
      for (const o of plan.obligations.filter((x) => x.legal.some((r) => r.checkWithCounsel)))
        expect(open).toContain(`Confirm with counsel for “${o.title}”`);
    },
  );

  it('says which “not sure” answers the obligations rest on', () => {
    const answers = { ...loadExample('healthcare-diagnostic.json'), usStates: ['unsure'] };
    const plan = evaluate(answers, { today });
    const out = text(buildReaderDocument('compliance', plan, answers, { generatedAt }));
    expect(out).toMatch(/Find out: “Where in the United States\?” was answered “not sure”/);
  });
});

/** Phases, components and gates before launch, and one item per blocker. */
const expectedItems = (p: Plan) =>
  p.timeline.phases.length +
  p.components.length +
  p.obligations.filter((o) => o.kind === 'gate').length +
  p.warnings.filter((w) => w.level === 'blocker').length;

describe('engineering backlog', () => {
  it.each(examples)(
    '$name: phases, components and gates as work items with acceptance criteria',
    ({ plan, answers }) => {
      const doc = buildReaderDocument('backlog', plan, answers, { generatedAt });
      const items = workItems(doc);
      expect(items).toHaveLength(expectedItems(plan));
      for (const it of items) {
        expect(it.acceptance.length, it.title).toBeGreaterThan(0);
        expect(it.label).toMatch(/^[a-z0-9-]+$/);
      }
      for (const p of plan.timeline.phases) expect(items.map((i) => i.title)).toContain(`Phase: ${p.name}`);
      for (const c of plan.components) expect(items.map((i) => i.title)).toContain(c.name);
      // The Markdown is a GitHub task list: one box per item and per acceptance criterion.
      const out = text(doc);
      expect(out.match(/^- \[ \] \*\*/gm)).toHaveLength(items.length);
      expect(out.match(/^ {4}- \[ \] /gm)).toHaveLength(items.reduce((n, i) => n + i.acceptance.length, 0));
    },
  );

  it.each(examples)('$name: one CSV that GitHub Issues, Jira and Linear import', ({ plan, answers }) => {
    const doc = buildReaderDocument('backlog', plan, answers, { generatedAt });
    const csv = renderCsv(doc);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff); // no byte-order mark: Linear would read it into the first header
    const [head, ...rows] = parseCsv(csv);
    expect(head).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(workItems(doc).length);
    const col = (row: string[], name: string) => row[head!.indexOf(name)]!;
    for (const row of rows) {
      expect(row).toHaveLength(head!.length);
      // Jira needs a Summary; Linear reads Title and Description; GitHub importers read title and body.
      expect(col(row, 'Summary')).not.toBe('');
      expect(col(row, 'Title')).toBe(col(row, 'Summary'));
      expect(col(row, 'Body')).toBe(col(row, 'Description'));
      expect(col(row, 'Description')).toMatch(/Acceptance criteria:\n- \[ \] /);
      expect(['High', 'Medium', 'Low']).toContain(col(row, 'Priority'));
      expect(['Task', 'Story']).toContain(col(row, 'Issue Type'));
      // One label, the same whether split at "," (GitHub importers) or ", " (Linear).
      expect(col(row, 'Labels').split(',')).toEqual(col(row, 'Labels').split(', '));
      expect(col(row, 'Labels')).toMatch(/^[a-z0-9-]+$/);
    }
    // Header names without punctuation, as Jira's importer asks.
    for (const h of head!) expect(h).toMatch(/^[A-Za-z ]+$/);
  });

  it('quotes every field and keeps spreadsheets from reading text as a formula', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    for (const f of ['=SUM(A1:A9)', '+1', '-2', '@cmd']) expect(csvField(f)).toBe(`"'${f}"`);
  });
});

describe('architecture decision record', () => {
  it.each(examples)(
    '$name: MADR headings, the options with why not, the decision, consequences, open questions',
    ({ plan, answers }) => {
      const file = text(buildReaderDocument('adr', plan, answers, { generatedAt }));
      expect(file).toMatch(/^---\nstatus: "proposed"\ndate: "2026-11-29"\n---\n\n# Use /);
      // CommonMark does not know front matter (it would read its closing rule as a heading underline).
      const out = file.slice(file.indexOf('\n# '));
      expect(headings(out, 2)).toEqual([
        'Context and Problem Statement',
        'Decision Drivers',
        'Considered Options',
        'Decision Outcome',
        'Pros and Cons of the Options',
        'More Information',
      ]);
      expect(headings(out, 3)).toEqual(
        expect.arrayContaining(['Consequences', 'Confirmation', 'Open questions']),
      );
      expect(out).toContain(`Chosen option: “${plan.approach.label}`);
      const pros = out.slice(out.indexOf('## Pros and Cons'), out.indexOf('## More Information'));
      for (const alt of plan.approach.alternatives) {
        expect(pros).toContain(`### ${alt.label}`);
        expect(pros.slice(pros.indexOf(`### ${alt.label}`))).toMatch(/\n\n- (Bad|Neutral), because /);
      }
    },
  );
});
