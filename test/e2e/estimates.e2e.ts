/**
 * The estimate as a CTO checks it in Chromium: a team size answered "not sure" is worked out for a typical team and
 * named as a next step; the user's own rate and currency replace the defaults everywhere, survive a reload, and
 * travel in the Markdown and in a share link that opens the same plan on another machine.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoneyRange } from '@/domain/format';
import type { Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { encodeShareFragment } from '@/features/share';
import { completeAnswers } from '../support/answers';
import {
  artifactsDir,
  baseUrl,
  desktop,
  launchBrowser,
  openPlan,
  openAllSections,
  screenshot,
} from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const answers: Answers = { ...completeAnswers, projectName: 'Support answers', teamSize: 'unsure' };
const today = new Date().toISOString().slice(0, 10);

async function openResults(a: Answers): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await openPlan(browser, a);
  await openAllSections(page);
  await page.getByRole('heading', { name: 'Your figures' }).waitFor();
  return { page, close: () => context.close() };
}

const headlineBuild = (page: Page) =>
  page
    .locator('.sw-headline dt', { hasText: 'Build' })
    .locator('xpath=following-sibling::dd[1]')
    .textContent();

describe('the estimate in Chromium', () => {
  it('works out a "not sure" team for a typical team and says what finding out would change', async () => {
    const { page, close } = await openResults(answers);
    const plan = evaluate(answers, { today });
    expect(plan.timeline.team.source).toBe('not-sure');
    await expect
      .poll(() => page.getByText(/The team size is not known, so it is worked out for 2–6 engineers/).count())
      .toBeGreaterThan(0);
    await expect
      .poll(() => page.getByText(/Settle how many engineers can work on it: with 2 engineers/).count())
      .toBeGreaterThan(0);
    await close();
  });

  it('replaces the rate and currency with the user’s own, everywhere, and keeps them through a reload and a link', async () => {
    const { page, close } = await openResults(answers);
    const figures = page.getByRole('region', { name: 'Your figures' });
    const rate = figures.getByRole('group', { name: /Cost of one engineer-week/ });
    await rate.getByLabel('From').fill('1,000');
    await rate.getByLabel('to').fill('2,000');
    await figures.getByLabel('Symbol').fill('€');
    await figures.getByLabel('Symbol').press('Enter');

    const own: Answers = { ...answers, rateLow: 1000, rateHigh: 2000, currencySymbol: '€' };
    const expected = formatMoneyRange(evaluate(own, { today }).headline.buildCost, '€');
    await expect.poll(() => headlineBuild(page)).toBe(expected);
    expect(expected).not.toBe(formatMoneyRange(evaluate(answers, { today }).headline.buildCost, '€'));
    await figures.screenshot({ path: `${artifactsDir}/estimates-your-figures.png` });

    // Saved with the draft: a reload of the plan's address shows the same figures and the same plan.
    expect(new URL(page.url()).hash).toBe('#plan');
    await page.reload();
    await expect.poll(() => headlineBuild(page)).toBe(expected);

    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    const md = readFileSync((await dl.path())!, 'utf8');
    expect(md).toContain(expected);
    expect(md).toMatch(/Cost of one engineer-week: 1,000–2,000 USD per engineer-week\. Your figure\./);
    await screenshot(page, 'estimates-results');
    await close();

    // A link made from these answers opens the same plan, in euros, on a machine that has never seen them.
    const context = await browser.newContext({ viewport: desktop });
    const shared = await context.newPage();
    await shared.goto(new URL(`#${encodeShareFragment(own)}`, baseUrl()).toString());
    await expect.poll(() => headlineBuild(shared)).toBe(expected);
    expect(await shared.getByRole('heading', { name: 'Your figures' }).count()).toBe(0);
    await context.close();
  });
});
