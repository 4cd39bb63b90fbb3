/**
 * The what-if sections and notes on answers in the exports: the decisive answers and the sensitivity appear when
 * they were worked out, in the engine's words; notes sit beside their answers in the appendix, and whatever they
 * hold stays plain text in the Markdown (parsed with a CommonMark parser that lets raw HTML through) and in the PDF.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import { readFileSync } from 'node:fs';
import { cleanNote } from '@/domain/notes';
import type { Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { analyseWhatIf } from '@/engine/what-if';
import { buildPdfDefinition } from '@/features/export/pdf-document';
import { buildPlanDocument } from '@/features/export/plan-document';
import { WHAT_IF_TITLES } from '@/features/export/sections/what-if';
import { toMarkdown } from '@/features/export/to-markdown';
import { hostileStrings } from '../../fixtures/hostile-strings';

const md = new MarkdownIt('default', { html: true, linkify: false });
const opts = { generatedAt: '2026-11-23T22:40:00.000Z' };
const answers = JSON.parse(readFileSync('examples/marketing-content-prompting.json', 'utf8'))
  .answers as Answers;
const whatIf = analyseWhatIf(answers, { today: '2026-11-23' });
const plan = { ...evaluate(answers, { today: '2026-11-23' }), decisive: whatIf.decisive };
const allTokens = (tokens: Token[]): Token[] => tokens.flatMap((t) => [t, ...allTokens(t.children ?? [])]);

describe('what if in the exports', () => {
  it('has no what-if section for a plan whose analysis was not worked out', () => {
    const out = toMarkdown(evaluate(answers), answers, opts);
    expect(out).not.toContain(WHAT_IF_TITLES.decisive);
    expect(out).not.toContain(WHAT_IF_TITLES.sensitivity);
  });

  it('lists every decisive answer in the engine’s words, grouped by what it changes', () => {
    const out = toMarkdown(plan, answers, { ...opts, sensitivity: whatIf.sensitivity });
    const section = out.slice(out.indexOf(`## ${WHAT_IF_TITLES.decisive}`), out.indexOf('## Components'));
    expect(section).toContain('### What would change the approach');
    expect(section).toContain('### What would clear a blocker');
    for (const d of plan.decisive) expect(section.replace(/\\/g, '')).toContain(d.text);
    expect(section).toContain('is 39,800 USD or more: clears the blocker');
  });

  it('tabulates the answers that move each figure most', () => {
    const out = toMarkdown(plan, answers, { ...opts, sensitivity: whatIf.sensitivity });
    const section = out.slice(out.indexOf(`## ${WHAT_IF_TITLES.sensitivity}`), out.indexOf('## Components'));
    expect(section).toContain('### Build cost: as answered');
    expect(section).toContain('### Monthly run cost: as answered');
    expect(section).toContain('### Timeline: as answered');
    expect(section).toContain(`| ${whatIf.sensitivity.rows.build[0]!.label} |`);
  });

  it('says so when no answer is decisive', () => {
    const doc = buildPlanDocument({ ...plan, decisive: [] }, answers, opts);
    const section = doc.sections.find((s) => s.id === 'decisive')!;
    expect(JSON.stringify(section.blocks)).toContain('No single answer changes');
  });
});

describe('notes in the exports', () => {
  it('puts each note beside its answer, and none on answers left out', () => {
    const notes = { budgetCeiling: 'Approved by the CFO', labelledExamples: 'not asked in this plan' };
    const out = toMarkdown(plan, answers, { ...opts, notes });
    const appendix = out.slice(out.indexOf('## Appendix A'));
    expect(appendix).toContain('| Question | Answer | Note |');
    expect(appendix).toMatch(
      /\| What is the most you can spend to build it \(USD\)\? \| 30,000 USD \| Approved by the CFO \|/,
    );
    expect(appendix).not.toContain('not asked in this plan');
  });

  it.each(hostileStrings)('keeps a note holding $name as plain text', ({ value }) => {
    const note = cleanNote(value);
    const out = toMarkdown(plan, answers, { ...opts, notes: { budgetCeiling: value } });
    const flat = allTokens(md.parse(out, {}));
    expect(flat.filter((t) => t.type.startsWith('html_'))).toEqual([]);
    expect(flat.filter((t) => ['link_open', 'image', 'code_inline'].includes(t.type))).toEqual([]);
    const html = md.render(out);
    expect(html).not.toMatch(/<(script|img|svg|iframe|style|a)\b/i);
    if (note) {
      const pdf = JSON.stringify(
        buildPdfDefinition(buildPlanDocument(plan, answers, { ...opts, notes: { budgetCeiling: value } }))
          .definition,
      );
      // The PDF writes text, never interprets it: the note's first words are there as characters.
      const words = note.replace(/\s+/g, ' ').slice(0, 12).trim();
      if (/^[\x20-\x7e]+$/.test(words)) expect(pdf).toContain(JSON.stringify(words).slice(1, -1));
    }
  });
});
