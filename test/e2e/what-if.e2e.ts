/**
 * What if, in Chromium, as a CTO uses it: pin the plan as A, change an answer in the questionnaire, see A and B
 * side by side with the differences marked, export the comparison (Markdown and PDF), share it as one link and
 * open that link in a fresh browser to find the same comparison; try a decisive answer with its Compare button;
 * do the pin and compare flow with the keyboard alone; axe on the results page with the what-if sections shown.
 * Screenshots of the comparison at 1280 and 390 px go to artifacts/e2e/what-if/.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionById, type Answers } from '@/domain/questions';
import { completeAnswers } from '../support/answers';
import { artifactsDir, desktop, launchBrowser, openApp, openPlan } from './support/browser';

const outDir = `${artifactsDir}/what-if`;
const narrow = { width: 390, height: 844 };
const dataLeaves = questionById.get('dataLeaves')!;
const autonomy = questionById.get('autonomy')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function openResults(answers: Answers = completeAnswers): Promise<{
  context: BrowserContext;
  page: Page;
  errors: string[];
}> {
  const { context, page, errors } = await openPlan(browser, answers, { clipboard: true });
  await analysed(page);
  return { context, page, errors };
}

/** The what-if analysis runs in slices after the page shows: wait until what decides the plan is listed. */
async function analysed(page: Page): Promise<void> {
  await page
    .getByRole('region', { name: 'What decides this plan' })
    .getByRole('heading', { name: /^The approach:/ })
    .waitFor({ timeout: 30_000 });
}

const compareSection = (page: Page) =>
  page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Compare scenarios', exact: true }) });
const table = (page: Page) => page.getByRole('region', { name: /^Scenarios side by side/ });
/**
 * Text as it stands in the page. Not innerText: a section of the results page is laid out only once it comes near
 * the screen (content-visibility), and until the next frame innerText reads such a section as empty.
 */
const text = async (l: Locator): Promise<string> =>
  ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const headers = async (page: Page): Promise<string[]> =>
  Promise.all((await table(page).getByRole('columnheader').all()).map(text));
const row = (page: Page, name: string): Locator =>
  table(page).getByRole('row', { name: new RegExp(`^${name}`) });

async function download(page: Page, button: string, file: string): Promise<string> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  expect(dl.suggestedFilename()).toMatch(
    new RegExp(`^scopewise-comparison-policy-assistant-\\d{4}-\\d{2}-\\d{2}\\.${file.split('.').pop()}$`),
  );
  const path = `${outDir}/${file}`;
  await dl.saveAs(path);
  return path;
}

/** Presses Tab until the focused element's accessible name matches, as a keyboard user would; fails if never. */
async function tabTo(page: Page, name: RegExp, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.innerText ?? '').trim() : '';
    });
    if (name.test(focused)) return;
  }
  throw new Error(`${name} was not reached with ${max} presses of Tab`);
}
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? (el.getAttribute('aria-label') ?? el.innerText ?? '').trim() : '';
  });

describe('what if in Chromium', () => {
  it('pins the plan, changes an answer, compares A and B, exports, shares one link and reopens it elsewhere', async () => {
    const { context, page, errors } = await openResults();
    const section = compareSection(page);
    await section.getByRole('button', { name: 'Pin this plan as A' }).click();
    await section.getByText(/A is pinned/).waitFor();

    // Change an answer the way a person does: back to the answers, edit one, see the plan again.
    await page.getByRole('button', { name: 'Back to your answers' }).click();
    await page.getByRole('button', { name: `Edit: ${dataLeaves.label}` }).click();
    await page.getByLabel('No, it must stay on our infrastructure').check();
    await page.getByRole('button', { name: 'Save and return to review' }).click();
    await page.getByRole('button', { name: 'See the plan' }).click();
    await analysed(page);

    expect(await headers(page)).toEqual(['A As answered', 'Now Your current answers']);
    await compareSection(page).getByRole('button', { name: 'Pin your current answers as B' }).click();
    await expect.poll(() => headers(page)).toEqual(['A As answered', 'B Your current answers']);
    // The differences are marked in words in B's cells, A's cells never are.
    const model = row(page, 'Model and hosting');
    expect(await text(model.getByRole('cell').nth(1))).toContain('Differs from A');
    expect(await text(model.getByRole('cell').nth(0))).not.toContain('Differs from A');
    expect(await text(row(page, 'Monthly run cost'))).toContain('Differs from A');
    expect(await text(row(page, 'Answers changed from A'))).toContain(
      `${dataLeaves.label.replace('?', '')}: No, it must stay on our infrastructure`,
    );
    const shownA = await text(table(page));

    // Both widths a person reads it at: the table scrolls sideways inside its frame, the page does not.
    await compareSection(page).screenshot({ path: `${outDir}/comparison-1280.png` });
    await page.setViewportSize(narrow);
    await table(page).scrollIntoViewIfNeeded();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await compareSection(page).screenshot({ path: `${outDir}/comparison-390.png` });
    await page.setViewportSize(desktop);

    const md = readFileSync(await download(page, 'Download comparison (Markdown)', 'comparison.md'), 'utf8');
    expect(md).toContain('As answered');
    expect(md).toContain('Your current answers');
    expect(md).toContain('No, it must stay on our infrastructure');
    expect(md).toMatch(/differs from A/i);

    const pdfPath = await download(page, 'Download comparison (PDF)', 'comparison.pdf');
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfText = execFileSync('/usr/bin/pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Scopewise comparison');
    expect(pdfText).not.toContain('Scopewise plan');
    expect(pdfText).toContain('[differs from A]');
    expect(pdfText).toContain('As answered');
    expect(pdfText).toContain('Your current answers');
    execFileSync('/usr/bin/pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      pdfPath,
      `${outDir}/pdf-page`,
    ]);

    await compareSection(page).getByRole('button', { name: 'Copy comparison link' }).click();
    await expect
      .poll(() => compareSection(page).getByRole('status').filter({ hasText: 'link copied' }).count())
      .toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('#s2.');
    expect(errors).toEqual([]);

    // A fresh browser: nothing stored, the link alone carries both scenarios.
    const {
      context: receiver,
      page: opened,
      errors: receiverErrors,
    } = await openApp(browser, { path: link });
    await opened.getByRole('heading', { name: 'You are viewing a shared plan' }).waitFor();
    await table(opened).waitFor();
    expect(await headers(opened)).toEqual(['A As answered', 'B Your current answers']);
    expect(await text(table(opened))).toBe(shownA);
    // Read-only: nothing to pin or edit, but it can be exported.
    expect(
      await compareSection(opened)
        .getByRole('button', { name: /Pin|Edit|Remove/ })
        .count(),
    ).toBe(0);
    expect(
      await compareSection(opened).getByRole('button', { name: 'Download comparison (Markdown)' }).count(),
    ).toBe(1);
    await compareSection(opened).screenshot({ path: `${outDir}/comparison-shared-1280.png` });
    expect(receiverErrors).toEqual([]);
    await receiver.close();
    await context.close();
  });

  it('tries a decisive answer with its Compare button and works the comparison by keyboard alone', async () => {
    const { context, page, errors } = await openResults();
    // The Compare button of "an agent that plans and acts": reached and pressed with the keyboard.
    await tabTo(page, new RegExp(`^Compare: ${autonomy.label.replace(/[?]/g, '\\?')} `));
    await page.keyboard.press('Enter');
    // A is pinned, the variation is B, and the comparison's heading takes the focus.
    await expect.poll(() => focusedName(page)).toBe('Compare scenarios');
    const cols = await headers(page);
    expect(cols[0]).toBe('A As answered');
    expect(cols[1]).toBe('B How much should the sys…: An agent that plans and uses tools');
    expect(await text(row(page, 'Approach').getByRole('cell').nth(1))).toContain('Differs from A');

    // Edit B by keyboard: choose an approach by hand, then Done returns to where the reader was.
    await tabTo(page, /^Edit scenario B$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toMatch(/^Scenario B: /);
    await tabTo(page, /^As the answers decide/); // the approach list, named by its selected option
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByRole('combobox', { name: 'Approach' }).inputValue()).not.toBe('');
    await tabTo(page, /^Done$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Edit scenario B');
    expect(await text(row(page, 'Approach').getByRole('cell').nth(1))).toContain('Chosen by hand');

    // Remove B by keyboard: the focus stays in the section, A alone is left.
    await tabTo(page, /^Remove scenario B$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Compare scenarios');
    await compareSection(page)
      .getByText(/A is pinned/)
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is axe clean on the results page with what decides it, what moves it and a comparison shown', async () => {
    const { context, page, errors } = await openResults();
    await page
      .getByRole('button', { name: new RegExp(`^Compare: ${dataLeaves.label.replace('?', '\\?')} `) })
      .first()
      .click();
    await table(page).waitFor();
    // The tornado chart comes in its own chunk: axe runs once it has drawn.
    await page.getByRole('region', { name: 'What moves the figures most' }).scrollIntoViewIfNeeded();
    await page.locator('.wi-chart svg').first().waitFor({ timeout: 15_000 });
    const axe = await new AxeBuilder({ page }).include('.sw-results').analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await page
      .getByRole('region', { name: 'What decides this plan' })
      .screenshot({ path: `${outDir}/what-decides-1280.png` });
    await page
      .getByRole('region', { name: 'What moves the figures most' })
      .screenshot({ path: `${outDir}/what-moves-1280.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
