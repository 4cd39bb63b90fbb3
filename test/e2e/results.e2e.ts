import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { formatMoneyRange, formatWeeksRange } from '@/domain/format';
import { completeAnswers } from '../support/answers';
import {
  artifactsDir,
  baseUrl,
  desktop,
  drawAllCharts,
  launchBrowser,
  openPlan,
  phone,
  screenshot,
} from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const today = new Date().toISOString().slice(0, 10);
const hostileName = 'Claims <img src=x onerror="window.__pwned=1"> assistant';

/** A finished draft waiting on the review page, as the app stores it, then its plan. */
const openResults = (viewport: { width: number; height: number }, answers: Answers = completeAnswers) =>
  openPlan(browser, answers, { viewport });

const figure = (page: Page, term: string) =>
  page
    .locator('.sw-figures .sw-figure')
    .filter({ has: page.locator('dt', { hasText: term }) })
    .locator('dd');

/** Every chart drawn: build cost, monthly cost, cumulative band and readiness. */
async function chartsRendered(page: Page): Promise<number> {
  await drawAllCharts(page);
  return page.locator('.sw-chart svg.recharts-surface').count();
}

describe('live preview in Chromium', () => {
  it('sits beside the questions on a desktop and collapses behind a button on a phone', async () => {
    const plan = evaluate(completeAnswers, { today });
    for (const viewport of [desktop, phone]) {
      const context = await browser.newContext({ viewport });
      const draft = JSON.stringify({
        version: 1,
        answers: completeAnswers,
        step: 'useCase',
        savedAt: new Date().toISOString(),
      });
      await context.addInitScript((value) => localStorage.setItem('scopewise.draft.v1', value), draft);
      const page = await context.newPage();
      await page.goto(baseUrl());
      const preview = page.getByRole('region', { name: 'Your plan so far' });
      await preview.waitFor();
      const approach = preview.getByText(plan.headline.approachLabel, { exact: true });
      if (viewport === phone) {
        const toggle = preview.getByRole('button', { name: 'Show preview' });
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect(await approach.isVisible()).toBe(false);
        await toggle.click();
        expect(
          await preview.getByRole('button', { name: 'Hide preview' }).getAttribute('aria-expanded'),
        ).toBe('true');
      } else {
        expect(await preview.getByRole('button').isVisible()).toBe(false);
      }
      expect(await approach.isVisible()).toBe(true);
      expect(
        await preview.getByText(formatMoneyRange(plan.headline.buildCost), { exact: true }).isVisible(),
      ).toBe(true);
      await context.close();
    }
  });
});

describe('compliance obligations in Chromium', () => {
  it('an EU-only hospital sees GDPR and MDR duties with the law linked, and nothing about HIPAA', async () => {
    const { usStates: _states, ...rest } = completeAnswers;
    const hospital: Answers = {
      ...rest,
      projectName: 'Ward diagnosis assistant',
      industry: 'healthcare',
      regions: ['eu'],
      taskCategory: 'decision-support',
      highStakes: ['medical'],
      sensitiveData: ['personal', 'health'],
      regulatedSector: 'yes',
      diagnosticUse: 'yes',
      euPersonalData: 'yes',
      euResidency: 'required',
      dataLeaves: 'no',
      hosting: 'on-premises',
    };
    const { context, page, errors } = await openResults(desktop, hospital);
    await page.getByRole('button', { name: /^Compliance obligations/ }).click();
    const section = page.getByRole('region', { name: /^Compliance obligations/ });
    await section.getByText(/not legal advice/).waitFor();
    expect(await section.getByRole('heading', { name: 'European Union' }).isVisible()).toBe(true);
    const mdr = section.locator('.sw-item').filter({ hasText: 'EU MDR: medical-device software' });
    await mdr.locator('summary').click();
    const rule11 = mdr.getByRole('link', { name: /EU MDR, Annex VIII, Rule 11/ });
    expect(await rule11.getAttribute('href')).toBe('https://eur-lex.europa.eu/eli/reg/2017/745/oj');
    expect(await page.locator('.sw-results').textContent()).not.toMatch(/HIPAA|Business Associate/);
    const axe = await new AxeBuilder({ page }).include('.sw-obligations').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await section.screenshot({ path: `${artifactsDir}/obligations-eu-hospital.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('results page in Chromium', () => {
  it('leads with the headline, draws the charts, is axe-clean and prints (screenshots at desktop, phone and print)', async () => {
    const plan = evaluate(completeAnswers, { today });
    const { context, page, errors, requests, beforeResults } = await openResults(desktop);

    await expect
      .poll(() => page.locator('.sw-summary__choice').textContent())
      .toContain(plan.headline.approachLabel);
    expect(await figure(page, 'Timeline').textContent()).toBe(formatWeeksRange(plan.headline.timelineWeeks));
    expect(await figure(page, 'Build cost').textContent()).toBe(formatMoneyRange(plan.headline.buildCost));
    expect(await figure(page, 'Monthly run cost').textContent()).toBe(
      formatMoneyRange(plan.headline.monthlyCost),
    );

    // Build cost, monthly cost, cumulative band and readiness; the phase Gantt is HTML, drawn with the page.
    expect(await chartsRendered(page)).toBe(4);
    expect(await page.locator('.sw-gantt__row').count()).toBe(plan.timeline.phases.length);
    // The recharts chunk arrives with the results, never with the questionnaire.
    const chartChunk = /plan-charts[^/]*\.js$/;
    expect(requests.slice(0, beforeResults).filter((u) => chartChunk.test(u))).toEqual([]);
    expect(requests.slice(beforeResults).filter((u) => chartChunk.test(u))).toHaveLength(1);
    const bars = await page.locator('.sw-chart .recharts-bar-rectangle path').count();
    expect(bars).toBeGreaterThan(plan.readiness.length);

    // Explanations in the sections (the summary's own "Why?" buttons are tested with the readers).
    const why = page.locator('.sw-section .sw-why').first();
    await why.locator('summary').click();
    expect(await why.getAttribute('open')).not.toBeNull();
    // Sources read as a document and its section; file names and line numbers are for the exports' appendix.
    const source = await why.locator('.sw-why__sources li').first().textContent();
    expect(source).toMatch(/^.+ — .+$/);
    expect(source).not.toMatch(/\.txt|lines? \d/);

    const axe = await new AxeBuilder({ page }).include('.sw-results').analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);

    await screenshot(page, 'results-desktop');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${artifactsDir}/results-print.png`, fullPage: true });
    await page.pdf({ path: `${artifactsDir}/results-print.pdf`, format: 'A4', printBackground: false });
    // In print every explanation is shown (rendered for print, though closed on screen), buttons are not.
    const disclosures = await page.locator('details.sw-why').count();
    expect(disclosures).toBeGreaterThan(20);
    await expect.poll(() => page.locator('.sw-why__body').count()).toBe(disclosures);
    const hiddenWhy = await page
      .locator('.sw-why__body')
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetHeight === 0).length);
    expect(hiddenWhy).toBe(0);
    expect(await page.locator('.sw-chart svg.recharts-surface').count()).toBe(4);
    // No buttons; the sections' titles are buttons on screen and print as plain headings.
    expect(await page.locator('.sw-results button:visible:not(.sw-section__toggle)').count()).toBe(0);
    expect(await page.locator('.sw-section__toggle:visible').count()).toBe(
      await page.locator('.sw-section__toggle').count(),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a 360 px phone without horizontal scrolling and renders hostile text as text', async () => {
    const { context, page, errors } = await openResults(phone, {
      ...completeAnswers,
      projectName: hostileName,
    });
    await expect.poll(() => page.getByRole('heading', { level: 1, name: hostileName }).count()).toBe(1);
    expect(await chartsRendered(page)).toBe(4);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no horizontal scrolling at 360 px').toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const axe = await new AxeBuilder({ page }).include('.sw-results').analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await screenshot(page, 'results-phone');
    expect(errors).toEqual([]);
    await context.close();
  });
});
