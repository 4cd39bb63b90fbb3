/**
 * The quick scope in Chromium, as a busy CTO takes it: from the intro, fifteen decisive answers on two pages, the
 * review listing what the plan assumes, the plan saying so and inviting a refinement; and the browser's Back,
 * Forward and reload moving between the questionnaire's screens, the machine deciding where each may lead.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quickQuestionIds, type Answers } from '@/domain/questions';
import { baseUrl, desktop, launchBrowser, openApp, screenshot } from './support/browser';
import { answerPage, readDraft } from './support/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const example = (file: string): Answers =>
  (JSON.parse(readFileSync(`examples/${file}`, 'utf8')) as { answers: Answers }).answers;
/** Only the decisive answers of an example: what a quick scope asks. */
const quickOf = (answers: Answers): Answers =>
  Object.fromEntries(quickQuestionIds.flatMap((id) => (id in answers ? [[id, answers[id]]] : [])));

const profiles = [
  ['crm-support-rag.json', quickOf(example('crm-support-rag.json'))],
  ['insurance-claims-summaries.json', quickOf(example('insurance-claims-summaries.json'))],
] as const;

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
const hash = (page: Page) => page.evaluate(() => window.location.hash);
const submit = (page: Page) => page.locator('form.step button[type="submit"]');
const reviewHeading = (page: Page) => heading(page, 'Review your answers');
const plan = (page: Page) => page.locator('.sw-results');

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Intro → the two quick pages → the review, answering from `answers`; returns the questions shown per page. */
async function takeQuickScope(page: Page, answers: Answers, label: string): Promise<number[]> {
  await page.getByRole('link', { name: 'Start the quick scope' }).click();
  await heading(page, 'Your project').waitFor();
  expect(await hash(page)).toBe('#quick');
  const shown: number[] = [];
  shown.push(await page.locator('form.step [data-question]').count());
  await answerPage(page, answers);
  await screenshot(page, `quick-1-${label}`);
  await page.getByRole('button', { name: 'Next: The task, its data and its rules' }).click();
  await heading(page, 'The task, its data and its rules').waitFor();
  expect(await hash(page)).toBe('#quick-2');
  shown.push(await page.locator('form.step [data-question]').count());
  await answerPage(page, answers);
  await screenshot(page, `quick-2-${label}`);
  await page.getByRole('button', { name: 'Review and see the plan' }).click();
  await reviewHeading(page).waitFor();
  expect(await hash(page)).toBe('#review');
  return shown;
}

describe('the quick scope in Chromium', () => {
  it('turns the decisive answers of two profiles into a complete plan that lists every default and invites a refinement', async () => {
    for (const [file, answers] of profiles) {
      const { context, page, errors } = await openApp(browser, { path: '' });
      const intro = page.locator('.intro-path').first();
      expect(await intro.innerText()).toMatch(/15 questions, about 5 minutes/);
      const shown = await takeQuickScope(page, answers, file.replace('.json', ''));
      expect(shown.every((n) => n <= 8)).toBe(true);
      expect(shown.reduce((a, b) => a + b, 0)).toBe(15);
      // Every decisive question was answered: nothing is missing, the rest is assumed and said to be.
      expect(await page.getByText(/answers? (is|are) still needed/).count()).toBe(0);
      const assumedList = page.locator('details.assumed');
      expect(await assumedList.locator('summary').innerText()).toMatch(
        /^\d+ answers are assumed until you give them$/,
      );
      await page.getByRole('button', { name: 'See the plan' }).click();
      await plan(page).waitFor();
      expect(await hash(page)).toBe('#plan');
      const notice = page.getByRole('heading', {
        name: /^Based on 15 answers of yours; \d+ more are assumed$/,
      });
      await notice.waitFor();
      const assumedCount = Number((await notice.innerText()).match(/(\d+) more/)![1]);
      // Each default is in the plan's assumptions, with its reason (a section that opens on demand).
      await page.getByRole('button', { name: /^Assumptions\b/ }).click();
      const assumptions = page.getByRole('region', { name: /^Assumptions\b/ });
      await expect
        .poll(() => assumptions.locator('p', { hasText: 'was not answered' }).count())
        .toBe(assumedCount);
      if (file === 'crm-support-rag.json') {
        expect(await axe(page)).toEqual([]);
        await screenshot(page, 'quick-plan-desktop');
      }
      // The invitation to refine opens the detailed path where a question is still unanswered.
      await page.getByRole('button', { name: 'Refine: answer the other questions' }).click();
      await page.locator('form.step').waitFor();
      expect(await hash(page)).toMatch(/^#(context|context-2|use-case)/);
      const unanswered = await page
        .locator('form.step [data-question]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-question')));
      expect(unanswered.some((id) => id !== null && !(id in answers))).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('waits to preview a plan until the decisive answers exist, then says what it is based on', async () => {
    const [, answers] = profiles[0];
    const { context, page, errors } = await openApp(browser, { path: '#quick' });
    await heading(page, 'Your project').waitFor();
    await page.locator('#q-industry-0').check();
    await page.waitForTimeout(600);
    // One answer is no plan: no approach, no timeline, no cost, only what the preview waits for.
    expect(await page.locator('.preview-needs').innerText()).toMatch(
      /needs context, use case, data, compliance/,
    );
    expect(await page.locator('.sw-preview__figures').count()).toBe(0);
    await answerPage(page, answers);
    await submit(page).click();
    await heading(page, 'The task, its data and its rules').waitFor();
    await answerPage(page, answers);
    await expect
      .poll(() => page.locator('.sw-preview__status').textContent())
      .toMatch(/^Based on 15 answers of yours; \d+ more are assumed until you answer/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('browser history', () => {
  it('moves between pages, the review and the plan with Back and Forward, and a reload stays on the screen', async () => {
    const [, answers] = profiles[0];
    const { context, page, errors } = await openApp(browser, { path: '' });
    await takeQuickScope(page, answers, 'history');
    await page.getByRole('button', { name: 'See the plan' }).click();
    await plan(page).waitFor();

    const expectAt = async (where: string) => {
      await expect.poll(() => hash(page)).toBe(where);
      if (where === '#plan') await plan(page).waitFor();
      else if (where === '#review') await reviewHeading(page).waitFor();
      else if (where === '#quick-2') await heading(page, 'The task, its data and its rules').waitFor();
      else if (where === '#quick') await heading(page, 'Your project').waitFor();
    };
    await page.goBack();
    await expectAt('#review');
    await page.goBack();
    await expectAt('#quick-2');
    await page.goBack();
    await expectAt('#quick');
    expect(await page.locator('#q-projectName').inputValue()).toBe(answers.projectName);
    // Back from the first page: the intro, with the questionnaire and its answers kept behind it.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /Plan your generative-AI project/ }).waitFor();
    expect(await hash(page)).toBe('');
    await page.goForward();
    await expectAt('#quick');
    expect(await page.locator('#q-projectName').inputValue()).toBe(answers.projectName);
    await page.goForward();
    await expectAt('#quick-2');
    await page.goForward();
    await expectAt('#review');
    await page.goForward();
    await expectAt('#plan');
    await page.reload();
    await expectAt('#plan');
    await page.goBack();
    await expectAt('#review');
    await page.reload();
    await expectAt('#review');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lands a reload or a link on the screen it names, and never on a plan with a decisive answer missing', async () => {
    const { context, page, errors } = await openApp(browser, { path: '#use-case-2' });
    await page.locator('.step-intro', { hasText: 'Quality and stakes' }).waitFor();
    await page.locator('#q-highStakes-0').check();
    await expect.poll(async () => JSON.parse((await readDraft(page)) ?? '{}').step).toBe('useCase-2');
    await page.reload();
    await page.locator('.step-intro', { hasText: 'Quality and stakes' }).waitFor();
    expect(await hash(page)).toBe('#use-case-2');
    // The plan's address with answers missing: the review, which lists them, and the address says so.
    await page.goto(new URL('#plan', baseUrl()).toString());
    await reviewHeading(page).waitFor();
    await expect.poll(() => hash(page)).toBe('#review');
    expect(await page.getByText(/answers are still needed before the plan can be shown/).count()).toBe(1);
    expect(await plan(page).count()).toBe(0);
    // An address that names a page no answer applies to leads to the next one that applies.
    await page.goto(new URL('#use-case-4', baseUrl()).toString());
    await expect.poll(() => hash(page)).toBe('#data');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the address in step with a shared plan: Edit a copy is a new entry, Back returns to the shared view', async () => {
    const { encodeShareFragment } = await import('@/features/share/model');
    const answers = example('crm-support-rag.json');
    const context = await browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(new URL(`#${encodeShareFragment(answers)}`, baseUrl()).toString());
    await page.getByRole('heading', { name: 'You are viewing a shared plan' }).waitFor();
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await plan(page).waitFor();
    expect(await hash(page)).toBe('#plan');
    await page.goBack();
    await page.getByRole('heading', { name: 'You are viewing a shared plan' }).waitFor();
    await page.goForward();
    await plan(page).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
