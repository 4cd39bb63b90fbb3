/**
 * Privacy: a whole session (answer every step, read the plan, export Markdown and PDF, copy and open a share link)
 * talks to nobody but the app's own origin, and the Content-Security-Policy is never violated on the way.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAnswers } from '../support/answers';
import { baseUrl, desktop, drawAllCharts, launchBrowser } from './support/browser';
import { answerStep, stepOrder } from './support/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Collected in the page: violations are events, not errors, so nothing else would surface them. */
function recordCspViolations() {
  const w = window as unknown as { __cspViolations: string[] };
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}`),
  );
}

const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

async function download(page: Page, button: string): Promise<string> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  return dl.suggestedFilename();
}

describe('privacy', () => {
  let context: BrowserContext;
  afterAll(async () => {
    await context?.close();
  });

  it('a full run with exports and a share link makes no request outside the app origin', async () => {
    const origin = new URL(baseUrl()).origin;
    context = await browser.newContext({ viewport: desktop, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await context.addInitScript(recordCspViolations);
    // The context sees the requests of every page and of the service worker.
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const consoleProblems: string[] = [];
    const errors: string[] = [];

    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text()))
        consoleProblems.push(m.text());
    });
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start the detailed plan' }).click();

    for (const step of stepOrder) {
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await answerStep(page, step, completeAnswers);
      await page.getByRole('button', { name: /^(Next|Review your answers)/ }).click();
    }
    await page.getByRole('heading', { level: 2, name: 'Review your answers', exact: true }).waitFor();
    await page.getByRole('button', { name: 'See the plan' }).click();
    await page.locator('.sw-results').waitFor();
    await drawAllCharts(page);

    expect(await download(page, 'Download Markdown')).toMatch(/\.md$/);
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    expect(await download(page, 'Download PDF')).toMatch(/\.pdf$/);

    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect.poll(() => page.getByText('Link copied to the clipboard.').count()).toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(baseUrl())).toBe(true);

    const shared = await context.newPage();
    shared.on('pageerror', (e) => errors.push(String(e)));
    await shared.goto(link);
    await shared.locator('.sw-results').waitFor();

    // The recorder works: the app's own files were seen, lazy chunks included.
    expect(requests.some((u) => u.includes('/assets/'))).toBe(true);
    const foreign = requests.filter((u) => {
      const url = new URL(u);
      return url.origin !== origin && url.protocol !== 'blob:' && url.protocol !== 'data:';
    });
    expect(foreign).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(await cspViolations(shared)).toEqual([]);
    expect(consoleProblems).toEqual([]);
    expect(errors).toEqual([]);
  });
});
