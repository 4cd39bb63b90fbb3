/**
 * Issue 18, findings 1–5, in Chromium: typed work must survive a shared link kept over it, two tabs, a corrupt
 * draft that cannot be moved aside, a full storage and a browser quit right after a keystroke.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questions, type Answers } from '@/domain/questions';
import { encodeShareFragment } from '@/features/share/model';
import { completeAnswers } from '../support/answers';
import { baseUrl, desktop, launchBrowser, launchWithProfile, screenshot } from './support/browser';

const DRAFT_KEY = 'scopewise.draft.v1';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const draftJson = (answers: Answers, step = 'context') =>
  JSON.stringify({ version: 1, answers, pending: {}, step, savedAt: '2026-11-23T12:00:00.000Z' });

/** A context whose storage holds `items` when its first page starts (once for the whole context, every tab). */
async function contextWith(items: Record<string, string>): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: desktop, acceptDownloads: true });
  await context.addInitScript((entries) => {
    if (localStorage.getItem('__primed') === null) {
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
      localStorage.setItem('__primed', '1');
    }
  }, items);
  return context;
}

async function open(context: BrowserContext, hash = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(hash, baseUrl()).toString());
  return { page, errors };
}

const stored = async (page: Page): Promise<{ answers: Answers; step: string } | null> =>
  JSON.parse((await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY)) ?? 'null');
const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true });
function option(id: string, value: string): string {
  const q = questions.find((x) => x.id === id);
  if (!q || (q.kind !== 'single' && q.kind !== 'multi')) throw new Error(`${id} has no options`);
  return `#q-${id}-${q.options.findIndex((o) => o.value === value)}`;
}

/** Half a questionnaire: what the user must never lose. */
const half: Answers = { projectName: 'Claims triage', industry: 'insurance', regions: ['eu'], teamSize: 4 };

describe('a kept shared plan never costs the draft it replaces (finding 1)', () => {
  it('"Edit a copy", a keystroke and a reload: the earlier draft is a named, dated earlier version, restorable', async () => {
    const context = await contextWith({ [DRAFT_KEY]: draftJson(half) });
    const { page, errors } = await open(context, `#${encodeShareFragment(completeAnswers)}`);
    const banner = page.locator('.shared-banner');
    await expect.poll(() => banner.isVisible()).toBe(true);
    // The wording says what really happens.
    expect(await banner.innerText()).toMatch(
      /The draft you have now, “Claims triage”, is then kept under “Earlier versions”/,
    );
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    // The copy opens at its plan; its answers are edited from the review.
    await page.getByRole('button', { name: 'Back to your answers' }).click();
    await page.getByRole('button', { name: 'Edit: Project name' }).click();
    await page.locator('#q-projectName').press('End');
    await page.keyboard.type('!');
    await expect.poll(async () => (await stored(page))?.answers.projectName).toBe('Policy assistant!');
    await page.reload();

    const earlier = page.getByRole('button', { name: 'Earlier versions (1)' });
    await expect.poll(() => earlier.isVisible()).toBe(true);
    await earlier.click();
    const panel = page.locator('.earlier-versions');
    await expect
      .poll(() => panel.innerText())
      .toMatch(/Claims triage — 4 answers, replaced when you edited a copy/);
    expect((await new AxeBuilder({ page }).include('.earlier-versions').analyze()).violations).toEqual([]);
    await screenshot(page, 'earlier-versions');
    await page.getByRole('button', { name: /^Restore Claims triage/ }).click();
    await heading(page, 'Review your answers').waitFor();
    await expect.poll(async () => (await stored(page))?.answers).toEqual(half);
    // Restoring kept the copy in turn: moving between versions loses neither.
    await page.reload();
    await page.getByRole('button', { name: 'Earlier versions (2)' }).click();
    expect(await panel.innerText()).toMatch(
      /Policy assistant! — .*replaced when you restored an earlier version/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"Edit a copy" in tab B does not overwrite tab A: A shows the copy live and keeps its draft as an earlier version', async () => {
    const context = await contextWith({ [DRAFT_KEY]: draftJson(half) });
    const a = await open(context);
    await expect.poll(() => a.page.locator('#q-projectName').inputValue()).toBe('Claims triage');
    const b = await open(context, `#${encodeShareFragment(completeAnswers)}`);
    await b.page.getByRole('button', { name: 'Edit a copy' }).click();
    await expect.poll(() => a.page.locator('#q-projectName').inputValue()).toBe('Policy assistant');
    await expect
      .poll(() => a.page.getByRole('button', { name: 'Earlier versions (1)' }).isVisible())
      .toBe(true);
    await a.page.getByRole('button', { name: 'Earlier versions (1)' }).click();
    expect(await a.page.locator('.earlier-versions').innerText()).toMatch(/Claims triage/);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await context.close();
  });

  it('"Start over" and an imported file keep the draft they replace, after a reload', async () => {
    const context = await contextWith({ [DRAFT_KEY]: draftJson(half) });
    const { page } = await open(context);
    await page.getByRole('button', { name: 'Start over' }).click();
    expect(await page.locator('.draft-actions [role=group]').innerText()).toMatch(
      /Your current answers are kept under “Earlier versions”/,
    );
    await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
    await page.locator('#q-projectName').fill('Fresh start');
    await page.getByLabel('Import answers file (.json)').setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ format: 'scopewise-answers', schemaVersion: 1, answers: completeAnswers }),
      ),
    });
    await heading(page, 'Review your answers').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Earlier versions (2)' }).click();
    const text = await page.locator('.earlier-versions').innerText();
    expect(text).toMatch(/Fresh start — 1 answer, replaced by imported answers/);
    expect(text).toMatch(/Claims triage — 4 answers, replaced when you started over/);
    await context.close();
  });
});

describe('two real tabs in one context (finding 2)', () => {
  it('editing different answers alternately ~0.7 s apart keeps both tabs’ work, flowing in live', async () => {
    const context = await contextWith({ [DRAFT_KEY]: draftJson({ projectName: 'Start' }) });
    const a = await open(context);
    const b = await open(context);
    for (const page of [a.page, b.page]) await page.locator('#q-projectName').waitFor();
    await a.page.locator('#q-projectName').fill('Merged plan');
    await a.page.waitForTimeout(700);
    await b.page.locator(option('industry', 'insurance')).check();
    await b.page.waitForTimeout(700);
    await a.page.locator(option('audience', 'customers')).check();
    await a.page.waitForTimeout(700);
    await b.page.locator(option('orgSize', 'large')).check();
    await b.page.waitForTimeout(700);

    const expected = {
      projectName: 'Merged plan',
      industry: 'insurance',
      audience: 'customers',
      orgSize: 'large',
    };
    expect((await stored(a.page))?.answers).toEqual(expected);
    for (const { page } of [a, b]) {
      await expect.poll(() => page.locator('#q-projectName').inputValue()).toBe('Merged plan');
      expect(await page.locator(option('industry', 'insurance')).isChecked()).toBe(true);
      expect(await page.locator(option('audience', 'customers')).isChecked()).toBe(true);
      expect(await page.locator(option('orgSize', 'large')).isChecked()).toBe(true);
    }
    // The notice says what happened and advises nothing that would throw this tab's edits away.
    const notice = a.page.getByRole('status').filter({ hasText: 'another Scopewise tab' });
    expect(await notice.innerText()).toMatch(/Which industry does the project serve\?/);
    expect(await notice.innerText()).not.toMatch(/reload/i);
    // It stays through this tab's next saves.
    await a.page.locator(option('audience', 'public')).check();
    await a.page.waitForTimeout(500);
    expect(await notice.isVisible()).toBe(true);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await context.close();
  });

  it('a true conflict on one answer shows both values and overwrites neither until the user chooses', async () => {
    const context = await contextWith({ [DRAFT_KEY]: draftJson({ projectName: 'Start' }) });
    const a = await open(context);
    // Tab B will not have heard of A's change yet (a busy or frozen tab): its storage events can be held back,
    // by a listener registered before the app's own.
    const b = { page: await context.newPage() };
    await b.page.addInitScript(() =>
      window.addEventListener('storage', (e) => {
        if ((window as { holdStorageEvents?: boolean }).holdStorageEvents) e.stopImmediatePropagation();
      }),
    );
    await b.page.goto(baseUrl());
    for (const page of [a.page, b.page]) await page.locator('#q-projectName').waitFor();
    await b.page.evaluate(() => ((window as { holdStorageEvents?: boolean }).holdStorageEvents = true));
    await a.page.locator('#q-projectName').fill('Alpha');
    await expect.poll(async () => (await stored(a.page))?.answers.projectName).toBe('Alpha');
    await b.page.locator('#q-projectName').fill('Beta');
    const conflict = b.page.getByRole('alert').filter({ hasText: 'was changed in another tab' });
    await expect
      .poll(() => conflict.innerText().catch(() => ''))
      .toMatch(/“Project name” was changed in another tab .* In the other tab: “Alpha”\. Here: “Beta”\./s);
    expect((await stored(b.page))?.answers.projectName).toBe('Alpha');
    expect((await new AxeBuilder({ page: b.page }).include('.storage-notices').analyze()).violations).toEqual(
      [],
    );
    await screenshot(b.page, 'two-tabs-conflict');
    await b.page.evaluate(() => ((window as { holdStorageEvents?: boolean }).holdStorageEvents = false));
    await b.page.getByRole('button', { name: 'Keep this tab’s answer' }).click();
    await expect.poll(async () => (await stored(b.page))?.answers.projectName).toBe('Beta');
    await expect.poll(() => a.page.locator('#q-projectName').inputValue()).toBe('Beta');
    expect(await conflict.count()).toBe(0);
    expect(a.errors).toEqual([]);
    await context.close();
  });
});

describe('a corrupt draft that cannot be moved aside (finding 3)', () => {
  it('is never overwritten by a keystroke, and is offered for download before it is let go', async () => {
    // 5,000,000 characters: readable as text, refused by the schema, and a copy does not fit beside it.
    const corrupt = draftJson({ projectName: 'x'.repeat(5_000_000) });
    const context = await contextWith({ [DRAFT_KEY]: corrupt });
    const { page, errors } = await open(context);
    const alert = page.getByRole('alert').filter({ hasText: 'no room in this browser’s storage' });
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.innerText()).toMatch(
      /It is left exactly as it was, and nothing you enter here is saved/,
    );
    await page.locator('#q-projectName').fill('New plan');
    await page.waitForTimeout(800);
    const same = () =>
      page.evaluate(
        ([k, length]) =>
          localStorage.getItem(k)?.length === length && localStorage.getItem(k)!.endsWith('"}'),
        [DRAFT_KEY, corrupt.length] as const,
      );
    expect(await same()).toBe(true);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the saved draft' }).click();
    const file = await (await downloading).path();
    expect(readFileSync(file, 'utf8')).toBe(corrupt);
    expect(await same()).toBe(true);
    await page.getByRole('button', { name: 'Delete it from this browser and save my answers here' }).click();
    await expect.poll(async () => (await stored(page))?.answers).toEqual({ projectName: 'New plan' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a storage quota filled with junk (finding 4)', () => {
  it('still loads the intact draft, lets the user edit it, warns with a download and asks before closing', async () => {
    const context = await contextWith({ [DRAFT_KEY]: draftJson(completeAnswers, 'review') });
    const first = await open(context);
    await heading(first.page, 'Review your answers').waitFor();
    const junk = await first.page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 22; size >= 1; size >>= 1)
        for (;;)
          try {
            localStorage.setItem(`junk-${n++}`, 'j'.repeat(size));
          } catch {
            break;
          }
      return n;
    });
    expect(junk).toBeGreaterThan(0);
    await first.page.close();

    const { page, errors } = await open(context);
    await heading(page, 'Review your answers').waitFor();
    expect(await page.getByText('Policy assistant').count()).toBeGreaterThan(0);
    expect(await page.getByText('does not let Scopewise save').count()).toBe(0);

    await page
      .getByRole('button', { name: /Context/ })
      .first()
      .click();
    await page.locator('#q-projectName').fill('Policy assistant, renamed');
    const warning = page.getByRole('alert').filter({ hasText: 'Browser storage is full' });
    await expect.poll(() => warning.isVisible()).toBe(true);
    const downloading = page.waitForEvent('download');
    await warning.getByRole('button', { name: 'Download answers (.json)' }).click();
    const file = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
    expect(file.answers.projectName).toBe('Policy assistant, renamed');
    expect((await stored(page))?.answers.projectName).toBe('Policy assistant');
    await screenshot(page, 'storage-full');

    let dialog = '';
    page.on('dialog', (d) => {
      dialog = d.type();
      void d.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialog).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('quitting the browser right after a keystroke (finding 5)', () => {
  it('keeps the last keystroke when a real profile is closed 50 ms after it, every time', async () => {
    for (let trial = 0; trial < 4; trial++) {
      const dir = mkdtempSync(join(tmpdir(), 'scopewise-profile-'));
      try {
        let context = await launchWithProfile(dir);
        let page = context.pages()[0] ?? (await context.newPage());
        await page.goto(new URL('#start', baseUrl()).toString());
        await page.waitForLoadState('networkidle');
        await page.locator('#q-projectName').fill('Quit test');
        await page.waitForTimeout(500);
        await page.locator('#q-projectName').press('End');
        await page.keyboard.type('X');
        await page.waitForTimeout(50);
        await context.close();

        context = await launchWithProfile(dir);
        page = context.pages()[0] ?? (await context.newPage());
        await page.goto(baseUrl());
        await expect
          .poll(() => page.locator('#q-projectName').inputValue(), { message: `trial ${trial}` })
          .toBe('Quit testX');
        await context.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
