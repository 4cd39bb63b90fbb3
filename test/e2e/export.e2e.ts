/**
 * Exports in Chromium: a finished draft → results → Markdown download, clipboard copy and PDF download. The PDF is
 * read back with pdftotext and rendered to PNGs (artifacts/e2e/export/) for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { formatMoneyRange, formatWeeksRange } from '@/domain/format';
import { SECTION_TITLES } from '@/features/export/plan-document';
import { completeAnswers } from '../support/answers';
import { artifactsDir, baseUrl, launchBrowser, openPlan } from './support/browser';

const outDir = `${artifactsDir}/export`;
const answers: Answers = { ...completeAnswers, projectName: 'Café Łódź policy assistant' };
const today = new Date().toISOString().slice(0, 10);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function openResults(answers: Answers): Promise<{
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
}> {
  const opened = await openPlan(browser, answers, { clipboard: true });
  await opened.page.getByRole('button', { name: 'Download Markdown' }).waitFor();
  return opened;
}

async function download(
  page: Page,
  button: string,
  file: string,
  slug = 'cafe-lodz-policy-assistant',
  timeout = 60_000,
): Promise<string> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout }),
    page.getByRole('button', { name: button }).click(),
  ]);
  expect(dl.suggestedFilename()).toMatch(
    new RegExp(`^scopewise-${slug}-\\d{4}-\\d{2}-\\d{2}\\.${file.split('.').pop()}$`),
  );
  const path = `${outDir}/${file}`;
  await dl.saveAs(path);
  return path;
}

describe('exports in Chromium', () => {
  it('downloads and copies the Markdown, downloads a PDF with the headline and every section, all locally', async () => {
    const plan = evaluate(answers, { today });
    const figures = [
      plan.headline.approachLabel,
      formatWeeksRange(plan.headline.timelineWeeks),
      formatMoneyRange(plan.headline.buildCost),
      formatMoneyRange(plan.headline.monthlyCost),
      `${Math.round(plan.headline.readiness)} / 100`,
    ];
    const { context, page, requests, errors } = await openResults(answers);
    const origin = new URL(baseUrl()).origin;
    // The PDF library is not loaded until someone asks for a PDF.
    expect(requests.filter((u) => /pdfmake|to-pdf|\.ttf/.test(u))).toEqual([]);

    const md = readFileSync(await download(page, 'Download Markdown', 'plan.md'), 'utf8');
    expect(md).toMatch(/^# Scopewise plan: Café Łódź policy assistant\n/);
    for (const f of figures) expect(md).toContain(f);
    for (const title of Object.values(SECTION_TITLES)) expect(md).toContain(`\n## ${title}\n`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Markdown saved' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'copied to the clipboard' }).count())
      .toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n').slice(0, 1)).toEqual(md.split('\n').slice(0, 1));
    expect(copied).toContain('## Appendix A: Your answers');

    // Which labels the button showed on painted frames: a frame callback only runs when the page can paint, so
    // a PDF made on the main thread would show none of its percentages.
    await page.evaluate(() => {
      const w = window as unknown as { __painted: string[]; __watching: boolean };
      w.__painted = [];
      w.__watching = true;
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Download PDF')!;
      requestAnimationFrame(function frame() {
        if (!w.__painted.includes(button.textContent ?? '')) w.__painted.push(button.textContent ?? '');
        if (w.__watching) requestAnimationFrame(frame);
      });
    });
    const pdfPath = await download(page, 'Download PDF', 'plan.pdf');
    const painted = await page.evaluate(() => {
      const w = window as unknown as { __painted: string[]; __watching: boolean };
      w.__watching = false;
      return w.__painted;
    });
    expect(painted.filter((t) => /^Preparing PDF… \d+%$/.test(t)).length).toBeGreaterThanOrEqual(3);
    // Made in the worker: its script, pdfmake and the fonts were fetched for it.
    expect(requests.some((u) => /\/assets\/pdf-worker-[\w-]+\.js$/.test(u))).toBe(true);
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Café Łódź policy assistant');
    expect(text).toContain(`Ruleset version ${plan.rulesetVersion}`);
    for (const f of figures) expect(text).toContain(f);
    // Every section but the technical trace, which only the Markdown carries.
    const { trace, ...printed } = SECTION_TITLES;
    for (const title of Object.values(printed)) expect(text).toContain(title);
    expect(text).not.toContain(trace);
    expect(text).toMatch(/Page 1 of \d+/);

    // The PDF worker, pdfmake and the fonts came from the app's own origin, after the click.
    for (const font of ['Roboto-Regular', 'Roboto-Medium'])
      expect(requests.some((u) => u.startsWith(origin) && u.includes(font))).toBe(true);
    expect(
      requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')),
    ).toEqual([]);
    expect(errors).toEqual([]);

    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', pdfPath, `${outDir}/pdf-page`]);
    expect(readdirSync(outDir).filter((f) => f.startsWith('pdf-page')).length).toBeGreaterThan(3);
    // The export controls as a person sees them after the three actions (viewport, not the whole long page).
    await page.getByRole('group', { name: /^Export: / }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${outDir}/results-export-buttons.png` });
    await context.close();
  });

  it('keeps hostile and non-Latin project names inert in both files', async () => {
    const name = 'Claims <img src=x onerror="window.__pwned=1"> **智能** 🚀';
    const { context, page, errors } = await openResults({ ...answers, projectName: name });
    const md = readFileSync(
      await download(page, 'Download Markdown', 'hostile.md', 'claims-img-src-x-onerror-window-pwned-1'),
      'utf8',
    );
    expect(md.split('\n')[0]).toBe(
      '# Scopewise plan: Claims &lt;img src=x onerror="window.\\_\\_pwned=1"&gt; \\*\\*智能\\*\\* 🚀',
    );
    const pdfPath = await download(
      page,
      'Download PDF',
      'hostile.pdf',
      'claims-img-src-x-onerror-window-pwned-1',
    );
    const text = execFileSync('/usr/bin/pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
    // Drawn literally; CJK and emoji, which the embedded font lacks, become U+FFFD with a note on the title page.
    expect(text).toContain('Claims <img src=x onerror="window.__pwned=1"> **\uFFFD** \uFFFD');
    expect(text).toContain('cannot be drawn with this PDF');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    execFileSync('/usr/bin/pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      pdfPath,
      `${outDir}/hostile-page`,
    ]);
    await context.close();
  });
});
