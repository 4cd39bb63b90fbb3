import fc from 'fast-check';
import MarkdownIt, { type Token } from 'markdown-it';
import type { Answers } from '@/domain/questions';
import { escapeInline, fencedText } from '@/features/export/escape-markdown';
import { SECTION_TITLES } from '@/features/export/plan-document';
import { toMarkdown } from '@/features/export/to-markdown';
import { hostileStrings } from '../../fixtures/hostile-strings';
import { examplePlans, policyAnswers, policyPlan } from '../../support/plan-fixture';

// The most permissive CommonMark setting: raw HTML passes through, as on many wikis. GFM tables are on.
const md = new MarkdownIt('default', { html: true, linkify: false });
const opts = { generatedAt: '2026-11-23T22:40:00.000Z' };

const inlineText = (t: Token | undefined): string =>
  (t?.children ?? []).map((c) => (c.type === 'softbreak' ? '\n' : c.content)).join('');

function headings(tokens: Token[]): { level: number; text: string }[] {
  return tokens.flatMap((t, i) =>
    t.type === 'heading_open' ? [{ level: Number(t.tag.slice(1)), text: inlineText(tokens[i + 1]) }] : [],
  );
}

function tables(tokens: Token[]): { head: number; rows: number[] }[] {
  const out: { head: number; rows: number[] }[] = [];
  let current: { head: number; rows: number[] } | undefined;
  let cells = 0;
  for (const t of tokens) {
    if (t.type === 'table_open') current = { head: 0, rows: [] };
    if (t.type === 'tr_open') cells = 0;
    if (t.type === 'th_open' || t.type === 'td_open') cells++;
    if (t.type === 'tr_close' && current) {
      if (current.head === 0) current.head = cells;
      else current.rows.push(cells);
    }
    if (t.type === 'table_close' && current) {
      out.push(current);
      current = undefined;
    }
  }
  return out;
}

/** Every token, including inline children, flattened. */
const allTokens = (tokens: Token[]): Token[] => tokens.flatMap((t) => [t, ...allTokens(t.children ?? [])]);

const expectedH2 = Object.values(SECTION_TITLES);
/** Everything the exporter itself emits once rendered; any other tag or attribute came from the text. */
const ALLOWED_TAGS = new Set([
  ...[
    'h1',
    'h2',
    'h3',
    'p',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'pre',
    'code',
  ],
  'code class="language-text"',
]);

describe('toMarkdown: structure', () => {
  const plan = policyPlan();
  const out = toMarkdown(plan, policyAnswers, opts);
  const tokens = md.parse(out, {});

  it('has the title and exactly the expected section headings, in order', () => {
    const hs = headings(tokens);
    expect(hs.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
      'Scopewise plan: Réclamations café – Łódź',
    ]);
    expect(hs.filter((h) => h.level === 2).map((h) => h.text)).toEqual(expectedH2);
    expect(hs.filter((h) => h.level === 3).map((h) => h.text)).toEqual([
      'Blockers to resolve first (1)',
      'Top risks',
      'Must do before launch',
      'Next steps',
      'Alternatives considered',
      'The arithmetic',
      'European Union',
      'Kill criteria',
      'Context',
      'Use case',
      'Data readiness',
      'Compliance',
      'Approach',
    ]);
  });

  it('renders tables whose every row has as many cells as the header', () => {
    const ts = tables(tokens);
    // summary, model, components, timeline, costs, risks, benchmarks, metrics, readiness, 5 answer steps, sources, about
    expect(ts).toHaveLength(16);
    for (const t of ts) for (const r of t.rows) expect(r).toBe(t.head);
    expect(ts.map((t) => t.head)).toContain(5);
  });

  it('opens with the decision summary: approach and what decided it, figures, blockers, risks, gates, steps', () => {
    const summary = out.slice(out.indexOf('## Decision summary'), out.indexOf('## Approach'));
    expect(summary).toContain('**Recommended approach:** Retrieval-augmented generation (RAG)');
    expect(summary).toContain(
      '**Decided by:** Must answers use up-to-date or proprietary facts the model was not trained on? Yes',
    );
    expect(summary).toContain('| Timeline | 2–4 months |');
    expect(summary).toContain('| Build cost | $45k–120k |');
    expect(summary).toContain('| Monthly run cost | $1.8k–6.5k |');
    expect(summary.indexOf('### Blockers to resolve first (1)')).toBeLessThan(
      summary.indexOf('### Top risks'),
    );
    expect(summary).toContain('- **Confident wrong answers** (High)');
    expect(summary).toContain('- **AI disclosure** (owner: product)');
    expect(summary).toContain('1. Collect 200 real questions as an evaluation set.');
    // Said once: the blocker is not listed again under the warnings.
    const warnings = out.slice(out.indexOf('## Warnings'), out.indexOf('## Next steps'));
    expect(warnings).not.toContain('Duplicate policy versions');
  });

  it('explains items in the reader’s words with numbered sources; rule ids and facts only in the trace', () => {
    const trace = out.indexOf('## Technical trace');
    expect(trace).toBeGreaterThan(out.indexOf('## Appendix C'));
    const body = out.slice(0, trace);
    expect(body).toContain(
      '*Why:* Answers must cite current documents. Based on: Must answers use up-to-date or proprietary facts the model was not trained on? Yes; Do the documents the system must know about already exist? Yes, all of them. Sources S3, S4.',
    );
    expect(body).not.toContain('approach.fresh-facts');
    expect(body).not.toContain('needsFreshFacts');
    expect(out.slice(trace)).toContain(
      '1. approach.fresh-facts (rules/approach.ts) · Answers must cite current documents · sources 000\\_472cadddb2d527a5.txt:272-284',
    );
    const sources = out.slice(out.indexOf('## Appendix B'));
    expect(sources).toContain(
      '| S3 | CTO guide to generative AI — Decisions before a project | 000\\_472cadddb2d527a5.txt:272-284 |',
    );
    // Deduplicated: the same citation used by many rules is listed once.
    expect(sources.match(/000\\_472cadddb2d527a5\.txt:321-322/g)).toHaveLength(1);
    // Trace-only sources are listed too.
    expect(sources).toContain('004\\_ee2b63b797ae1de1.txt:5');
  });

  it('gives each obligation its when, owner, actions, evidence and law, numbered with the sources', () => {
    const section = out.slice(out.indexOf('## Compliance obligations'), out.indexOf('## Evaluation'));
    expect(section).toContain('Scopewise is not legal advice.');
    expect(section).toContain('last reviewed on 29 November 2026');
    expect(section).toContain('### European Union');
    expect(section).toContain('- When: Gate before launch. Applies from 2 August 2026.');
    expect(section).toContain('- Owner: Product.');
    expect(section).toContain('- Evidence to keep: Screenshots of the disclosure.');
    const law = /- Law: EU AI Act, Art\. 50\(1\) \((S\d+)\)/.exec(section);
    expect(law).not.toBeNull();
    const appendix = out.slice(out.indexOf('## Appendix B'));
    expect(appendix).toContain(
      `| ${law![1]} | Regulation (EU) 2024/1689 (Artificial Intelligence Act) | Art. 50(1) · https://eur-lex.europa.eu/eli/reg/2024/1689/oj |`,
    );
    expect(out).toContain('| Legal knowledge last reviewed | 29 November 2026 |');
  });

  it('lists the preference verdict, the cost arithmetic and the ruleset version and date', () => {
    expect(out).toContain(
      '**Your preference (Fine-tuning) was challenged:** Fine-tuning does not keep facts fresh.',
    );
    // The summary says it too, in its own words; the Approach section does not list the alternative again.
    expect(out).toContain(
      '**Your preference (Fine-tuning) is not followed:** Fine-tuning does not keep facts fresh.',
    );
    expect(out).toContain('- 200 users × 5 requests × 22 days = 22,000 requests a month');
    expect(out).toContain(`| Ruleset version | ${plan.rulesetVersion} |`);
    expect(out).toContain('| Generated | 2026-11-23 22:40 UTC |');
  });

  it('shows only answers to questions that apply', () => {
    const answers: Answers = { ...policyAnswers, regulatedSector: 'no', phiInvolved: 'yes' };
    const appendix = toMarkdown(plan, answers, opts).slice(out.indexOf('## Appendix A'));
    expect(appendix).toContain('| Project name | Réclamations café – Łódź |');
    expect(appendix).not.toMatch(/PHI|protected health/i);
  });

  it('is pure: the same input gives the same text', () => {
    expect(toMarkdown(plan, policyAnswers, opts)).toBe(out);
  });

  it('renders every example plan from the engine with the same sections', async () => {
    for (const ex of await examplePlans()) {
      const hs = headings(md.parse(toMarkdown(ex.plan, ex.answers, opts), {}));
      expect(
        hs.filter((h) => h.level === 2).map((h) => h.text),
        ex.name,
      ).toEqual(expectedH2);
    }
  });
});

describe('toMarkdown: hostile free text', () => {
  const plan = policyPlan();
  const clean = toMarkdown(plan, policyAnswers, opts);
  const cleanTokens = md.parse(clean, {});
  const cleanTables = tables(cleanTokens);
  const cleanFlat = allTokens(cleanTokens);
  const count = (ts: Token[], type: string): number => ts.filter((t) => t.type === type).length;

  for (const { name, value } of hostileStrings) {
    it(`keeps "${name}" as plain text`, () => {
      const answers: Answers = {
        ...policyAnswers,
        projectName: value,
        useCaseSummary: value,
        inputFormat: value,
        outputFormat: value,
      };
      // Engine text can carry user text too (a trigger echoes an answer).
      const hostilePlan = policyPlan();
      hostilePlan.approach.because[0]!.triggers.push({ fact: 'projectName', value });
      const out = toMarkdown(hostilePlan, answers, opts);
      const tokens = md.parse(out, {});
      const flat = allTokens(tokens);

      expect(flat.filter((t) => t.type.startsWith('html_'))).toEqual([]);
      expect(
        flat.filter((t) => ['link_open', 'image', 'code_inline', 'hr', 'blockquote_open'].includes(t.type)),
      ).toEqual([]);
      // Emphasis comes only from the exporter's own labels ("Why:", bold lead-ins), never from the text.
      expect(flat.filter((t) => t.type === 's_open')).toEqual([]);
      expect(count(flat, 'em_open')).toBe(count(cleanFlat, 'em_open'));
      expect(count(flat, 'strong_open')).toBe(count(cleanFlat, 'strong_open'));

      const hs = headings(tokens);
      expect(hs.filter((h) => h.level === 2).map((h) => h.text)).toEqual(expectedH2);
      expect(hs.filter((h) => h.level !== 2)).toHaveLength(
        headings(cleanTokens).filter((h) => h.level !== 2).length,
      );
      // The title reads as the text the user typed, on one line.
      expect(hs[0]!.text).toBe(`Scopewise plan: ${expectedInline(value)}`);

      const ts = tables(tokens);
      expect(ts.map((t) => [t.head, t.rows.length])).toEqual(cleanTables.map((t) => [t.head, t.rows.length]));
      for (const t of ts) for (const r of t.rows) expect(r).toBe(t.head);

      // Only the verbatim use case is a code block, and it holds the text (minus invisible controls).
      const fences = flat.filter((t) => t.type === 'fence' || t.type === 'code_block');
      expect(fences).toHaveLength(1);
      expect(fences[0]!.info).toBe('text');

      const html = md.render(out);
      const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)].map((m) => `${m[1]}${m[2]}`));
      expect([...tags].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    });
  }

  it('holds for arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (value) => {
        const answers: Answers = { ...policyAnswers, projectName: value, useCaseSummary: value };
        const out = toMarkdown(policyPlan(), answers, opts);
        const tokens = md.parse(out, {});
        const flat = allTokens(tokens);
        expect(flat.filter((t) => t.type.startsWith('html_') || t.type === 'link_open')).toEqual([]);
        expect(headings(tokens).filter((h) => h.level <= 2).length).toBe(expectedH2.length + 1);
        expect(tables(tokens).length).toBe(cleanTables.length);
      }),
      { numRuns: 60 },
    );
  });
});

/** What a reader should see for a value placed inline: the same text on one line, invisible controls dropped. */
function expectedInline(value: string): string {
  return (
    value
      .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
      // eslint-disable-next-line no-control-regex -- the exporter drops these; the expectation must too
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

describe('escape-markdown', () => {
  it('escapes markup characters and neutralises line-start markers', () => {
    expect(escapeInline('# a *b* <c> & [d](e) | `f`')).toBe(
      '\\# a \\*b\\* &lt;c&gt; &amp; \\[d\\](e) \\| \\`f\\`',
    );
    expect(escapeInline('- item')).toBe('\\- item');
    expect(escapeInline('=== ')).toBe('\\===');
    expect(escapeInline('12. twelve')).toBe('12\\. twelve');
    expect(escapeInline('a\n\n# b')).toBe('a \\# b');
  });

  it('fences text with a fence longer than any backtick run inside', () => {
    const fenced = fencedText('a ```` b\n\n\n\n\nc');
    expect(fenced).toBe('`````text\na ```` b\n\nc\n`````');
    const tokens = md.parse(fenced, {});
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.content).toBe('a ```` b\n\nc\n');
  });
});
