import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAnswers } from '../support/answers';
import { baseUrl, desktop, drawAllCharts, launchBrowser } from './support/browser';
import { answerPage } from './support/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DRAFT_KEY = 'scopewise.draft.v1';

/** Resolves once the service worker has installed (precached everything) and controls this page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 })
    .toBe(true);
}

/** A finished draft waiting on the review page, as the app stores it. */
const reviewDraft = () =>
  JSON.stringify({ version: 1, answers: completeAnswers, step: 'review', savedAt: new Date().toISOString() });

async function firstVisit(
  opts: { draft?: string } = {},
): Promise<{ context: BrowserContext; page: Page; failed: string[] }> {
  const context = await browser.newContext({ viewport: desktop });
  if (opts.draft)
    await context.addInitScript(
      ([key, value]) => {
        if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
      },
      [DRAFT_KEY, opts.draft],
    );
  const page = await context.newPage();
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  await page.goto(baseUrl());
  if (!opts.draft) await page.getByRole('link', { name: 'Start the quick scope' }).click();
  await page.locator('.wizard').waitFor();
  await waitForServiceWorker(page);
  return { context, page, failed };
}

/** The network is really gone: a file the service worker does not know cannot be fetched. */
async function expectNetworkGone(page: Page): Promise<void> {
  const status = await page.evaluate(() =>
    fetch(`./not-precached-${Date.now()}.txt`).then(
      (r) => r.status,
      () => 'network error',
    ),
  );
  expect(status).toBe('network error');
}

describe('offline after the first visit', () => {
  it('answers the questionnaire with the live preview after a reload offline', async () => {
    const { context, page, failed } = await firstVisit();
    await context.setOffline(true);
    await expectNetworkGone(page);
    await page.reload();
    await page.locator('#q-projectName').waitFor();
    await answerPage(page, completeAnswers);
    await page.getByRole('button', { name: 'Next: The task, its data and its rules' }).click();
    await answerPage(page, completeAnswers);
    // The engine arrives in a lazy chunk once the decisive answers exist: the preview proves it came from the cache.
    await page.locator('.sw-preview').waitFor();
    await page.getByRole('button', { name: 'Review and see the plan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Review your answers', exact: true }).waitFor();
    // Only the deliberate probe failed; every app file came from the service worker's cache.
    expect(failed.filter((f) => !f.includes('not-precached-'))).toEqual([]);
    await context.close();
  });

  it('precaches neither the charts nor the PDF code and fonts on a first visit', async () => {
    const { context, page } = await firstVisit();
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
      return urls;
    });
    // The app itself is precached...
    expect(cached.some((u) => /\/assets\/index-[\w-]+\.js/.test(u))).toBe(true);
    expect(cached.some((u) => /\/assets\/results-page-[\w-]+\.js/.test(u))).toBe(true);
    // ...the heavy parts few visitors use are not.
    expect(cached.filter((u) => /plan-charts|pdf-worker|to-pdf|pdfmake|Roboto/.test(u))).toEqual([]);
    await context.close();
  });

  it('shows the results with their charts offline once they were seen online', async () => {
    const { context, page, failed } = await firstVisit({ draft: reviewDraft() });
    await page.getByRole('button', { name: 'See the plan' }).click();
    await page.locator('.sw-results').waitFor();
    await drawAllCharts(page);
    expect(await page.locator('.sw-chart svg.recharts-surface').count()).toBe(4);
    await context.setOffline(true);
    await expectNetworkGone(page);
    await page.reload();
    await page.locator('.sw-results').waitFor();
    await drawAllCharts(page);
    expect(await page.locator('.sw-chart svg.recharts-surface').count()).toBe(4);
    expect(failed.filter((f) => !f.includes('not-precached-'))).toEqual([]);
    await context.close();
  });

  it('says where a chart is when it was never fetched and the network is gone', async () => {
    const { context, page } = await firstVisit({ draft: reviewDraft() });
    await context.setOffline(true);
    await expectNetworkGone(page);
    await page.reload();
    await page.getByRole('button', { name: 'See the plan' }).click();
    await page.locator('.sw-results').waitFor();
    await drawAllCharts(page);
    const missing = 'The chart could not be loaded (offline?). The table has the same figures.';
    // The plan's four charts and the what-if tornado, which waits for the analysis.
    await expect.poll(() => page.getByText(missing).count()).toBe(5);
    expect(
      await page.getByRole('region', { name: 'What moves the figures most' }).getByText(missing).count(),
    ).toBe(1);
    // The same figures are there as tables.
    expect(await page.getByRole('table', { name: /Cost ranges/ }).count()).toBe(1);
    await context.close();
  });

  it('exports a PDF offline after one export online', async () => {
    const { context, page } = await firstVisit({ draft: reviewDraft() });
    await page.getByRole('button', { name: 'See the plan' }).click();
    const pdfButton = page.getByRole('button', { name: 'Download PDF' });
    await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), pdfButton.click()]);
    await context.setOffline(true);
    await expectNetworkGone(page);
    await page.reload();
    await page.getByRole('button', { name: 'Download PDF' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const head = readFileSync((await download.path())!)
      .subarray(0, 5)
      .toString('latin1');
    expect(head).toBe('%PDF-');
    await context.close();
  });

  it('opens a fresh page offline at the intro, and starts the questionnaire from the cache', async () => {
    const { context } = await firstVisit();
    await context.setOffline(true);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start the quick scope' }).click();
    await page.locator('#q-projectName').fill('Offline plan');
    expect(await page.locator('#q-projectName').inputValue()).toBe('Offline plan');
    await context.close();
  });
});
