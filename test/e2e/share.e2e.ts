/**
 * Share links in Chromium, through the app shell: a link opens the same plan in a fresh browser, a bad link
 * explains itself and leaves the stored draft byte-for-byte alone, and an import can be undone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '@/domain/questions';
import { encodeShareFragment } from '@/features/share/model';
import { completeAnswers } from '../support/answers';
import { artifactsDir, baseUrl, desktop, launchBrowser, openApp, screenshot } from './support/browser';

const DRAFT_KEY = 'scopewise.draft.v1';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const draftJson = (answers: Answers) =>
  JSON.stringify({ version: 1, answers, step: 'review', savedAt: '2026-11-23T12:00:00.000Z' });

/** A context whose storage holds exactly `draft` when the app first starts (set once, not on every load). */
async function contextWithDraft(draft: string | null): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: desktop });
  if (draft !== null)
    await context.addInitScript(
      ([key, value]) => {
        if (sessionStorage.getItem('primed') === null) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('primed', '1');
        }
      },
      [DRAFT_KEY, draft] as const,
    );
  return context;
}

async function open(context: BrowserContext, hash = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(hash, baseUrl()).toString());
  return { page, errors };
}

const readDraft = (page: Page) => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
const headlineText = (page: Page) => page.locator('.sw-headline').first().innerText();
const sharedHeading = (page: Page) => page.getByRole('heading', { name: 'You are viewing a shared plan' });

async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const result = await (include ? builder.include(include) : builder).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Lets any autosave or effect that would write storage run before storage is compared. */
const settle = (page: Page) => page.waitForTimeout(1200);

const otherAnswers: Answers = {
  ...completeAnswers,
  projectName: 'Claims triage',
  industry: 'insurance',
  taskCategory: 'summarisation',
  budgetCeiling: 250000,
};

describe('share links in Chromium', () => {
  it('copies a link from the results that opens the same plan in a fresh browser, storing nothing there', async () => {
    const sender = await contextWithDraft(draftJson(completeAnswers));
    await sender.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl()).origin,
    });
    const { page, errors } = await open(sender);
    await page.getByRole('button', { name: 'See the plan' }).click();
    const copy = page.getByRole('button', { name: 'Copy share link' });
    await copy.waitFor();
    const expectedHeadline = await headlineText(page);
    await copy.click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /Link copied|Ctrl\+C/ })
          .count(),
      )
      .toBe(1);
    let link = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
    if (!link) link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link).toContain('#s2.');
    expect(link.length).toBeLessThanOrEqual(500);
    expect(await axeViolations(page, '.share-panel')).toEqual([]);
    await page.locator('.share-panel').screenshot({ path: `${artifactsDir}/share-panel.png` });
    expect(errors).toEqual([]);

    const {
      context: receiver,
      page: opened,
      errors: receiverErrors,
    } = await openApp(browser, { path: link });
    await expect.poll(() => sharedHeading(opened).isVisible()).toBe(true);
    expect(await sharedHeading(opened).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await headlineText(opened)).toBe(expectedHeadline);
    expect(await opened.getByText(String(completeAnswers.projectName)).count()).toBeGreaterThan(0);
    expect(await axeViolations(opened, '.shared-banner')).toEqual([]);
    await opened.screenshot({ path: `${artifactsDir}/share-opened.png` }); // the first screen is what matters
    await settle(opened);
    expect(await readDraft(opened)).toBeNull();
    expect(receiverErrors).toEqual([]);
    await sender.close();
    await receiver.close();
  });

  it('explains a tampered or newer link and leaves the stored draft byte-for-byte unchanged', async () => {
    const draft = draftJson(otherAnswers);
    const good = encodeShareFragment(completeAnswers);
    const i = 20;
    const tampered = good.slice(0, i) + (good[i] === 'A' ? 'B' : 'A') + good.slice(i + 1);
    const cases = [
      [`#${tampered}`, 'This link is incomplete or was altered', 'share-tampered'],
      [`#${good.slice(0, -12)}`, 'This link is incomplete or was altered', ''],
      [`#s3.${good.slice(3)}`, 'This link was made by a newer version of Scopewise', 'share-newer'],
    ] as const;
    for (const [hash, title, shot] of cases) {
      const context = await contextWithDraft(draft);
      const { page, errors } = await open(context, hash);
      const heading = page.getByRole('heading', { name: title });
      await expect.poll(() => heading.isVisible()).toBe(true);
      expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
      if (shot) {
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, shot);
      }
      await settle(page);
      expect(await readDraft(page)).toBe(draft);
      await page.getByRole('button', { name: 'Back to my draft' }).click();
      await settle(page);
      expect(await readDraft(page)).toBe(draft);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('explains every link that looks like ours but is damaged, and opens one wrapped by a mail client (finding 8)', async () => {
    // "s2" as a mail client that encodes twice writes it: %2573%2532.
    const doubleEncoded = (tag: string) => [...tag].map((c) => `%25${c.charCodeAt(0).toString(16)}`).join('');
    const draft = draftJson(otherAnswers);
    const good = encodeShareFragment(completeAnswers);
    const body = good.slice(3);
    const altered = 'This link is incomplete or was altered';
    const cases: [string, string][] = [
      [`#S1.${body}`, altered],
      [`#s01.${body}`, altered],
      [`#s1000000.${body}`, altered],
      [`#%53%31.${body}`, altered],
      [`#%2553%2531.${body}`, altered],
      [`#${good}>`, 'You are viewing a shared plan'],
      [`#${good}).`, 'You are viewing a shared plan'],
      [`#${good},`, 'You are viewing a shared plan'],
      [`#${doubleEncoded(good.slice(0, 2))}.${body}`, 'You are viewing a shared plan'],
    ];
    const context = await contextWithDraft(draft);
    const { page, errors } = await open(context);
    await page.getByRole('heading', { name: 'Review your answers' }).waitFor();
    for (const [hash, title] of cases) {
      // As a person pastes it into the address bar: Chromium percent-encodes what it must (">" becomes %3E).
      await page.goto(new URL(hash, baseUrl()).toString());
      await page.reload();
      const heading = page.getByRole('heading', { name: title });
      await expect.poll(() => heading.isVisible(), { message: hash }).toBe(true);
      expect(await page.getByRole('heading', { name: 'Review your answers' }).count(), hash).toBe(0);
    }
    await settle(page);
    expect(await readDraft(page)).toBe(draft);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opening a good link changes nothing until import; import replaces the draft and undo restores it', async () => {
    const draft = draftJson(otherAnswers);
    const context = await contextWithDraft(draft);
    const { page, errors } = await open(context, `#${encodeShareFragment(completeAnswers)}`);
    await expect.poll(() => sharedHeading(page).isVisible()).toBe(true);
    await settle(page);
    expect(await readDraft(page)).toBe(draft);

    await page.getByRole('button', { name: 'Import into my draft' }).click();
    await expect
      .poll(async () => JSON.parse((await readDraft(page)) ?? '{}').answers?.projectName, { timeout: 5000 })
      .toBe(completeAnswers.projectName);
    expect(JSON.parse((await readDraft(page))!).answers).toEqual(completeAnswers);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(async () => JSON.parse((await readDraft(page)) ?? '{}').answers?.projectName, { timeout: 5000 })
      .toBe('Claims triage');
    expect(JSON.parse((await readDraft(page))!).answers).toEqual(otherAnswers);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"Edit a copy" opens the shared answers at their plan, and undo brings the draft back', async () => {
    const draft = draftJson(otherAnswers);
    const context = await contextWithDraft(draft);
    const { page, errors } = await open(context, `#${encodeShareFragment(completeAnswers)}`);
    await expect.poll(() => sharedHeading(page).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await expect.poll(() => page.locator('.sw-results').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.location.hash)).toBe('#plan');
    expect(await page.getByRole('status').filter({ hasText: 'editing a copy' }).innerText()).toMatch(
      /The draft you had is kept under “Earlier versions”/,
    );
    await expect
      .poll(async () => JSON.parse((await readDraft(page)) ?? '{}').answers?.projectName, { timeout: 5000 })
      .toBe(completeAnswers.projectName);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(async () => JSON.parse((await readDraft(page)) ?? '{}').answers, { timeout: 5000 })
      .toEqual(otherAnswers);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks of no draft to a recipient who has none: Edit a copy opens the plan, a copy with a gap the review', async () => {
    const context = await contextWithDraft(null);
    const { page, errors } = await open(context, `#${encodeShareFragment(completeAnswers)}`);
    await expect.poll(() => sharedHeading(page).isVisible()).toBe(true);
    const intro = page.locator('.shared-banner');
    expect(await intro.innerText()).not.toMatch(/my draft|your own draft|previous draft/i);
    expect(await page.getByRole('button', { name: 'Back to my draft' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Import into my draft' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Start a new plan' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await expect.poll(() => page.locator('.sw-results').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.location.hash)).toBe('#plan');
    const notice = page.getByRole('status').filter({ hasText: 'editing a copy' });
    expect(await notice.innerText()).not.toMatch(/kept|previous|earlier/i);
    expect(await notice.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    await context.close();

    // A shared plan missing a decisive answer opens at the review, which names it.
    const gap = await contextWithDraft(null);
    const { industry: _industry, ...withoutIndustry } = completeAnswers;
    const second = await open(gap, `#${encodeShareFragment(withoutIndustry)}`);
    await expect.poll(() => sharedHeading(second.page).isVisible()).toBe(true);
    await second.page.getByRole('button', { name: 'Edit a copy' }).click();
    await second.page.getByRole('heading', { name: 'Review your answers' }).waitFor();
    expect(await second.page.evaluate(() => window.location.hash)).toBe('#review');
    expect(await second.page.getByText('One answer is still needed').count()).toBe(1);
    expect([...errors, ...second.errors]).toEqual([]);
    await gap.close();
  });
});
