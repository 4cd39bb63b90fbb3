import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type { Answers } from '@/domain/questions';
import { buildShareUrl, encodeShareFragment } from '@/features/share/model';

export const baseUrl = (): string => inject('baseUrl');
export const artifactsDir = 'artifacts/e2e';
mkdirSync(artifactsDir, { recursive: true });

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions);
}

/** A browser with a real profile on disk, as a person's is: closing it and launching it again keeps storage. */
export function launchWithProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { ...launchOptions, viewport: desktop });
}

export const desktop = { width: 1280, height: 900 };
export const phone = { width: 360, height: 740 };

/** The questionnaire where the draft left off (the detailed path's first page without one), without the intro. */
export const START = '#start';

/**
 * A finished draft waiting at `step`, as the app stores it, written before the app starts unless one is stored
 * already (so a reload finds what the app has saved since).
 */
export async function storeDraft(context: BrowserContext, answers: Answers, step = 'review'): Promise<void> {
  const draft = JSON.stringify({ version: 1, answers, step, savedAt: new Date().toISOString() });
  await context.addInitScript((value) => {
    if (!localStorage.getItem('scopewise.draft.v1')) localStorage.setItem('scopewise.draft.v1', value);
  }, draft);
}

interface Opened {
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
}

/**
 * A fresh context records every request, so tests can assert that nothing leaves the app's own origin. Opens
 * the questionnaire directly unless `path` says otherwise (`''` is the intro a first visit sees, or the draft's
 * own step when there is a `draft`).
 */
export async function openApp(
  browser: Browser,
  opts: {
    viewport?: { width: number; height: number };
    path?: string;
    /** 'block' when a test intercepts the app's own files: a service worker would serve them from its cache. */
    serviceWorkers?: 'allow' | 'block';
    /** A finished draft, stored at the review step before the app starts. */
    draft?: Answers;
    /** Lets the page read and write the clipboard ("Copy share link"). */
    clipboard?: boolean;
  } = {},
): Promise<Opened> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? desktop,
    acceptDownloads: true,
    serviceWorkers: opts.serviceWorkers ?? 'allow',
  });
  if (opts.clipboard)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl()).origin,
    });
  if (opts.draft) await storeDraft(context, opts.draft);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(opts.path ?? START, baseUrl()).toString());
  return { context, page, requests, errors };
}

/**
 * The user's own plan: a finished draft at the review, then "See the plan". `beforeResults` counts the requests
 * made before the click.
 */
export async function openPlan(
  browser: Browser,
  answers: Answers,
  opts: { viewport?: { width: number; height: number }; clipboard?: boolean } = {},
): Promise<Opened & { beforeResults: number }> {
  const opened = await openApp(browser, { ...opts, draft: answers, path: '' });
  const seePlan = opened.page.getByRole('button', { name: 'See the plan' });
  await seePlan.waitFor();
  const beforeResults = opened.requests.length;
  await seePlan.click();
  await opened.page.locator('.sw-results').waitFor();
  return { ...opened, beforeResults };
}

/** A shared plan opened from its link in a fresh browser. */
export async function openSharedPlan(
  browser: Browser,
  answers: Answers,
  viewport = desktop,
): Promise<Opened> {
  const opened = await openApp(browser, {
    viewport,
    path: buildShareUrl(baseUrl(), encodeShareFragment(answers)),
  });
  await opened.page.locator('.sw-results').waitFor();
  return opened;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${artifactsDir}/${name}.png`, fullPage: true });
}

/** Opens every section of the results page (each is collapsed to its title until the reader opens it). */
export async function openAllSections(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open all sections' }).click();
  await page.locator('.sw-section__toggle[aria-expanded="false"]').first().waitFor({ state: 'detached' });
}

/**
 * Charts draw when they come near the viewport: opens every section, brings each chart slot into view in turn and
 * then the foot of the page (two frames each, for the observer to see it), waits until every slot has drawn or said
 * why it cannot, then goes back to the top.
 */
export async function drawAllCharts(page: Page): Promise<void> {
  // The charts live in sections that are closed until opened.
  await openAllSections(page);
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    for (const slot of document.querySelectorAll('.sw-chart')) {
      slot.scrollIntoView({ block: 'center' });
      await frame();
      await frame();
    }
    // The what-if tornado, at the foot of the page.
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
    await frame();
  });
  await page.waitForFunction(() => document.querySelectorAll('.sw-chart__loading').length === 0, null, {
    timeout: 15_000,
  });
  await page.evaluate(() => window.scrollTo(0, 0));
}
