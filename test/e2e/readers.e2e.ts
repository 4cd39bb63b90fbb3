/**
 * Issue 14, items 1, 5 and 7, in Chromium: the decision summary fits one screen at 1280×900 and reads at 360 px,
 * each reader's document shows on screen and downloads (Markdown, PDF, and CSV for the backlog; the executive PDF
 * one page, as test/features/export/exec-pdf.test.ts checks for every example and random plans), and a printed plan
 * puts the summary on a page of its own. Screenshots and files go to artifacts/e2e/readers/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '@/domain/questions';
import { exampleFiles, loadExample } from '../engine/support';
import { parseCsv } from '../support/csv';
import { artifactsDir, desktop, launchBrowser, openPlan, openSharedPlan, phone } from './support/browser';

const outDir = `${artifactsDir}/readers`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The user's own results page, or a shared plan, with its decision summary on screen. */
async function openOwn(
  answers: Answers,
  viewport = desktop,
): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await openPlan(browser, answers, { viewport });
  await page.locator('.sw-summary').waitFor();
  return { context, page };
}

async function openShared(answers: Answers, viewport = desktop) {
  const { context, page } = await openSharedPlan(browser, answers, viewport);
  await page.locator('.sw-summary').waitFor();
  return { context, page };
}

const slug = (file: string) => file.replace(/\.json$/, '');

describe('the decision summary', () => {
  it('fits one screen at 1280×900 for every example, above the outputs and the sections', async () => {
    const bottoms: Record<string, number> = {};
    for (const file of exampleFiles) {
      const { context, page } = await openOwn(loadExample(file));
      bottoms[file] = await page
        .locator('.sw-summary')
        .evaluate((el) => Math.round(el.getBoundingClientRect().bottom + window.scrollY));
      if (file === 'healthcare-diagnostic.json' || file === 'marketing-content-prompting.json')
        await page.screenshot({ path: `${outDir}/summary-1280-${slug(file)}.png` });
      await context.close();
    }
    expect(Object.entries(bottoms).filter(([, bottom]) => bottom > desktop.height)).toEqual([]);
  });

  it('reads at 360 px: nothing wider than the screen, every item and its “Why?” on the page', async () => {
    const { context, page } = await openOwn(loadExample('marketing-content-prompting.json'), phone);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const summary = page.locator('.sw-summary');
    await expect
      .poll(() => summary.getByRole('heading', { name: /Blockers to resolve first/ }).count())
      .toBe(1);
    // One "Why?" per item, in the reader's words.
    const why = summary.getByRole('button', { name: /^Why\? Hallucination/ });
    await why.click();
    const body = page.locator(`#${await why.getAttribute('aria-controls')}`);
    await expect.poll(() => body.textContent()).toContain('Based on');
    expect(await body.textContent()).not.toMatch(/risk-hallucination|textOutput/);
    await summary.screenshot({ path: `${outDir}/summary-360-marketing-content-prompting.png` });
    await context.close();
  });

  it('is accessible with a reader’s document open (axe)', async () => {
    const { context, page } = await openOwn(loadExample('healthcare-diagnostic.json'));
    await page.getByRole('radio', { name: 'Compliance appendix' }).check();
    await page.locator('.export-preview').waitFor();
    const result = await new AxeBuilder({ page }).include('.sw-results').analyze();
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await context.close();
  });
});

async function download(page: Page, button: string, name: string): Promise<string> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = `${outDir}/${name}`;
  await dl.saveAs(path);
  return path;
}

const pdfPages = (path: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('/usr/bin/pdfinfo', [path], { encoding: 'utf8' }))![1]);

describe('an output for each reader', () => {
  it('shows, downloads and prints each reader’s document (screenshots)', { timeout: 180_000 }, async () => {
    const { context, page } = await openOwn(loadExample('fintech-agent.json'));
    const preview = page.locator('.export-preview');

    await page.getByRole('radio', { name: 'Executive one-pager' }).check();
    await expect.poll(() => preview.textContent()).toContain('Recommended approach:');
    await preview.screenshot({ path: `${outDir}/reader-exec.png` });
    const execMd = readFileSync(await download(page, 'Download Markdown', 'exec.md'), 'utf8');
    expect(execMd).toMatch(/^# Executive summary: Invoice reconciliation agent\n/);
    const execPdf = await download(page, 'Download PDF', 'exec.pdf');
    expect(pdfPages(execPdf)).toBe(1);
    execFileSync('/usr/bin/pdftoppm', ['-r', '60', '-png', execPdf, `${outDir}/exec-pdf`]);

    await page.getByRole('radio', { name: 'Compliance appendix' }).check();
    await expect.poll(() => preview.textContent()).toContain('Open questions');
    await preview.screenshot({ path: `${outDir}/reader-compliance.png` });
    const compliance = readFileSync(await download(page, 'Download Markdown', 'compliance.md'), 'utf8');
    expect(compliance).toContain('The answers behind it:');

    await page.getByRole('radio', { name: 'Engineering backlog' }).check();
    await expect.poll(() => preview.textContent()).toContain('Acceptance criteria');
    await preview.screenshot({ path: `${outDir}/reader-backlog.png` });
    const [head, ...rows] = parseCsv(
      readFileSync(await download(page, 'Download CSV', 'backlog.csv'), 'utf8'),
    );
    expect(head).toEqual(['Title', 'Summary', 'Description', 'Body', 'Issue Type', 'Priority', 'Labels']);
    expect(rows.length).toBeGreaterThan(15);
    const backlog = readFileSync(await download(page, 'Download Markdown', 'backlog.md'), 'utf8');
    expect(backlog.match(/^- \[ \] \*\*/gm)).toHaveLength(rows.length);

    await page.getByRole('radio', { name: 'Decision record' }).check();
    await expect.poll(() => preview.textContent()).toContain('Considered Options');
    await preview.screenshot({ path: `${outDir}/reader-adr.png` });
    const adr = readFileSync(await download(page, 'Download Markdown', 'adr.md'), 'utf8');
    expect(adr).toMatch(/^---\nstatus: "proposed"/);

    // The full plan is this page; its Markdown ends with the technical trace.
    await page.getByRole('radio', { name: 'Full plan' }).check();
    expect(await preview.count()).toBe(0);
    const full = readFileSync(await download(page, 'Download Markdown', 'full.md'), 'utf8');
    expect(full.lastIndexOf('\n## ')).toBe(full.indexOf('\n## Technical trace'));
    await context.close();
  });

  it('offers every reader’s document on a shared plan too', async () => {
    const { context, page } = await openShared(loadExample('eu-hr-screening.json'));
    await page.getByRole('radio', { name: 'Compliance appendix' }).check();
    await expect.poll(() => page.locator('.export-preview').textContent()).toContain('Open questions');
    const pdf = await download(page, 'Download PDF', 'shared-compliance.pdf');
    expect(pdfPages(pdf)).toBeGreaterThan(1);
    await context.close();
  });

  it('prints the plan with the decision summary alone on its first page', { timeout: 90_000 }, async () => {
    const { context, page } = await openOwn(loadExample('healthcare-diagnostic.json'));
    const path = `${outDir}/printed-plan.pdf`;
    await page.pdf({ path, format: 'A4' });
    const pageText = (n: number) =>
      execFileSync('/usr/bin/pdftotext', ['-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' });
    const first = pageText(1);
    // The heading is set in capitals in print.
    expect(first).toMatch(/Decision summary/i);
    expect(first).toContain('Must do before launch');
    expect(first).toMatch(/more under Next steps/);
    // Nothing of the sections on the summary's page, and the sections start on the next one.
    expect(first).not.toContain('Alternatives considered');
    expect(pageText(2)).not.toContain('Top risks');
    execFileSync('/usr/bin/pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '2', path, `${outDir}/printed`]);
    await context.close();
  });
});
