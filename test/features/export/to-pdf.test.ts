import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Answers } from '@/domain/questions';
import { RULESET_VERSION } from '@/engine/version';
import { buildPdfDefinition } from '@/features/export/pdf-document';
import { createPdfTextCleaner, REPLACEMENT } from '@/features/export/pdf-text';
import { buildPlanDocument, SECTION_TITLES } from '@/features/export/plan-document';
import { toPdf } from '@/features/export/to-pdf';
import { hostileStrings } from '../../fixtures/hostile-strings';
import { examplePlans, policyAnswers, policyPlan } from '../../support/plan-fixture';

// The shared setup clears localStorage after each test; Node has none, and these tests run where the CLI runs.
globalThis.localStorage ??= { clear: () => undefined } as unknown as Storage;

const opts = { generatedAt: '2026-11-23T22:40:00.000Z' };
const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = existsSync(PDFTOTEXT);
const outDir = 'artifacts/export';

function pdfText(bytes: Uint8Array, name: string): string {
  mkdirSync(outDir, { recursive: true });
  const file = `${outDir}/${name}.pdf`;
  writeFileSync(file, bytes);
  return execFileSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

// The technical trace is for the Markdown only: the PDF is for people.
const PDF_TITLES = Object.values(SECTION_TITLES).filter((t) => t !== SECTION_TITLES.trace);

const pageCount = (bytes: Uint8Array): number =>
  (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;

describe('toPdf (Node)', () => {
  let bytes: Uint8Array;
  let cpuMs = 0;

  beforeAll(async () => {
    await toPdf(policyPlan(), policyAnswers, opts); // warm-up: module and font loading are not the budget
    // CPU time, not wall time: the machine is shared, and `npm run bench` reports the wall-clock figure.
    const c0 = process.cpuUsage();
    bytes = await toPdf(policyPlan(), policyAnswers, opts);
    const c = process.cpuUsage(c0);
    cpuMs = (c.user + c.system) / 1000;
  }, 120_000); // two full PDFs: generous on a loaded 2-core CI machine

  it('produces a PDF within the time budget', () => {
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(bytes.subarray(-6)).toString('latin1')).toContain('%%EOF');
    expect(cpuMs).toBeLessThan(2000);
    expect(bytes.byteLength).toBeLessThan(500_000);
    expect(pageCount(bytes)).toBeGreaterThanOrEqual(3);
  });

  it.runIf(hasPdftotext)(
    'has selectable text: title page, section titles, headline numbers, page numbers',
    () => {
      const text = pdfText(bytes, 'fixture-plan');
      expect(text).toContain('Réclamations café – Łódź');
      expect(text).toContain(`Ruleset version ${RULESET_VERSION}`);
      expect(text).toContain('Generated 2026-11-23 22:40 UTC');
      for (const title of PDF_TITLES) expect(text).toContain(title);
      for (const figure of ['$45k–120k', '$1.8k–6.5k', '62 / 100', '2–4 months', '10–18 weeks'])
        expect(text).toContain(figure);
      const pages = pageCount(bytes);
      expect(text).toContain(`Page 1 of ${pages}`);
      expect(text).toContain(`Page ${pages} of ${pages}`);
      // Chart labels are text too (drawn in SVG): the timeline's axis caption.
      expect(text).toContain('weeks from the start');
    },
  );

  it.runIf(hasPdftotext)(
    'survives every hostile string, keeping accents and replacing undrawable characters',
    { timeout: 90_000 },
    async () => {
      // One PDF per case costs ~0.5 s; the whole corpus goes in at once, plus the cases with their own expectations.
      const value = hostileStrings.map((h) => h.value).join(' ');
      const own = ['accents', 'CJK', 'emoji', '500-char word', '10,000 newlines'];
      const cases = [{ name: 'all at once', value }, ...hostileStrings.filter((h) => own.includes(h.name))];
      expect(cases).toHaveLength(own.length + 1);
      for (const { name, value: v } of cases) {
        const answers: Answers = { ...policyAnswers, projectName: v, useCaseSummary: v, inputFormat: v };
        const out = await toPdf(policyPlan(), answers, opts);
        expect(Buffer.from(out.subarray(0, 5)).toString('latin1'), name).toBe('%PDF-');
        const text = pdfText(out, 'hostile');
        expect(text, name).toContain('Appendix C: About this plan');
        if (name === 'accents') expect(text).toContain('Crème brûlée für Łódź, Ærøskøbing & São Paulo');
        if (name === 'CJK' || name === 'emoji') {
          expect(text, name).toContain(REPLACEMENT);
          expect(text, name).toContain('cannot be drawn with this PDF');
        }
      }
    },
  );

  it.runIf(hasPdftotext)(
    'renders the largest example plan from the engine with its headline figures',
    { timeout: 60_000 },
    async () => {
      const ex = (await examplePlans()).sort(
        (a, b) => JSON.stringify(b.plan).length - JSON.stringify(a.plan).length,
      )[0]!;
      const text = pdfText(await toPdf(ex.plan, ex.answers, opts), 'largest-example');
      expect(text).toContain(ex.plan.headline.approachLabel);
      expect(text).toContain(`${Math.round(ex.plan.headline.readiness)} / 100`);
      for (const title of PDF_TITLES) expect(text).toContain(title);
    },
  );
});

describe('PDF text cleaning', () => {
  it('keeps accents, replaces each run of undrawable characters once, and breaks very long words', () => {
    const c = createPdfTextCleaner();
    expect(c.clean('Crème Łódź Ωμέγα Привет')).toBe('Crème Łódź Ωμέγα Привет');
    expect(c.clean('Team 智能客服 🚀 go')).toBe(`Team ${REPLACEMENT} ${REPLACEMENT} go`);
    expect(c.clean('👍🏽👨‍👩‍👧')).toBe(REPLACEMENT);
    expect(c.replacedRuns).toBe(3);
    expect(c.clean('x'.repeat(90))).toBe(`${'x'.repeat(40)}\u200B${'x'.repeat(40)}\u200B${'x'.repeat(10)}`);
    expect(c.clean('a\u202Eb\u0000c\n\n\nd')).toBe('abc d');
    expect(c.clean('a\n\n\n\nb', true)).toBe('a\n\nb');
  });

  it('adds the replacement notice to the title page only when something was replaced', () => {
    const doc = (name: string) =>
      buildPdfDefinition(buildPlanDocument(policyPlan(), { ...policyAnswers, projectName: name }, opts));
    expect(doc('Plain').replacedRuns).toBe(0);
    expect(JSON.stringify(doc('Plain').definition.content)).not.toContain('cannot be drawn');
    expect(doc('客服').replacedRuns).toBeGreaterThan(0);
    expect(JSON.stringify(doc('客服').definition.content)).toContain('cannot be drawn');
    expect(doc('客服').definition.info?.title).toBe('Scopewise plan: 客服');
  });
});

describe('PDF definition', () => {
  it('keeps the spaces between bold lead-ins and the text after them', () => {
    const { definition } = buildPdfDefinition(buildPlanDocument(policyPlan(), policyAnswers, opts));
    const json = JSON.stringify(definition.content);
    expect(json).toContain('{"text":"Prompting only","bold":true}," (not chosen): answers must cite');
    expect(json).toContain(
      '{"text":"Your preference (Fine-tuning) was challenged: ","bold":true},"Fine-tuning does not',
    );
  });
});
