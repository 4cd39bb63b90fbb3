import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepOf } from '@/domain/questions';
import { completeAnswers } from '../support/answers';
import { baseUrl, desktop, launchBrowser, openApp, phone, screenshot } from './support/browser';
import { answerPage, answerStep, readDraft, stepOrder, waitForSave } from './support/wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function expectNoAxeViolations(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe on ${where}`).toEqual([]);
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

describe('questionnaire in Chromium', () => {
  it('completes every step to the review, keyboard focus on each heading, axe-clean, screenshots at two widths', async () => {
    for (const [label, viewport] of [
      ['desktop', desktop],
      ['phone', phone],
    ] as const) {
      // A first visit: the intro, then "Start the detailed plan" from the keyboard.
      const { context, page, errors } = await openApp(browser, { viewport, path: '' });
      await page.getByRole('heading', { level: 1, name: /Plan your generative-AI project/ }).waitFor();
      if (label === 'desktop') await expectNoAxeViolations(page, 'intro');
      await screenshot(page, `wizard-0-intro-${label}`);
      await page.getByRole('link', { name: 'Start the detailed plan' }).focus();
      await page.keyboard.press('Enter');
      for (const [i, step] of stepOrder.entries()) {
        const h = heading(page, stepOf(step).title);
        await expect.poll(() => h.evaluate((el) => el === document.activeElement)).toBe(true);
        if (label === 'desktop') await expectNoAxeViolations(page, `${step} (empty)`);
        await answerStep(page, step, completeAnswers);
        await screenshot(page, `wizard-${i + 1}-${step}-${label}`);
        await page.getByRole('button', { name: /^(Next|Review your answers)/ }).click();
      }
      await expect.poll(() => heading(page, 'Review your answers').isVisible()).toBe(true);
      if (label === 'desktop') await expectNoAxeViolations(page, 'review');
      await screenshot(page, `wizard-6-review-${label}`);
      if (label === 'phone') {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'no horizontal scrolling at 360 px').toBeLessThanOrEqual(0);
      }
      expect(await page.getByText('Policy assistant').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('shows validation errors in an announced summary and rejects absurd numbers', async () => {
    const { context, page } = await openApp(browser, { path: '#context-2' });
    await page.getByRole('button', { name: 'Next: Use case' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/answers need attention/);
    await page.locator('#q-budgetCeiling').fill('999999999999');
    await page.locator('#q-budgetCeiling').blur();
    await expect.poll(() => page.getByText('Must be at most 100,000,000.').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'context with errors');
    await screenshot(page, 'wizard-errors-desktop');
    await context.close();
  });

  it('goes back, edits an answer that changes the branching, and shows what was set aside', async () => {
    const { context, page } = await openApp(browser);
    const agentic = {
      ...completeAnswers,
      autonomy: 'agent',
      agentActions: ['read', 'write'],
      agentCount: 'few',
      agentMultiTenant: 'yes',
    };
    await answerStep(page, 'context', agentic);
    await page.getByRole('button', { name: 'Next: Use case' }).click();
    await answerStep(page, 'useCase', agentic);
    await expect.poll(() => page.getByRole('group', { name: /How many agents/ }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Next: Data readiness' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => heading(page, 'Use case').isVisible()).toBe(true);
    // The agent's own page, then the page where the system's autonomy is chosen.
    expect(await page.locator('#q-agentCount-1').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('radio', { name: 'One generation per request' }).check();
    const status = page.getByRole('status').filter({ hasText: 'no longer apply' });
    await expect.poll(() => status.textContent()).toMatch(/How many agents will work together\?/);
    // The agent's page no longer applies: "next" skips it.
    await expect
      .poll(() => page.locator('form.step button[type="submit"]').textContent())
      .toBe('Next: Data readiness');
    await screenshot(page, 'wizard-set-aside-desktop');
    // Latency, answered before the change, still applies and is kept.
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await page.getByRole('radio', { name: 'Interactive (a few seconds is fine)' }).isChecked()).toBe(
      true,
    );
    // Changing back brings the set-aside answers back.
    await page.getByRole('button', { name: 'Next: Volume and connected systems' }).click();
    await page.getByRole('radio', { name: 'An agent that plans and uses tools' }).check();
    await page.getByRole('button', { name: 'Next: The agent' }).click();
    expect(await page.locator('#q-agentCount-1').isChecked()).toBe(true);
    await context.close();
  });

  it('restores the exact step and answers after a reload mid-way, including text that is not valid yet', async () => {
    const { context, page } = await openApp(browser);
    await answerStep(page, 'context', completeAnswers);
    await page.getByRole('button', { name: 'Next: Use case' }).click();
    await page.locator('#q-useCaseSummary').fill('Summarise <b>claims</b> & flag **fraud**');
    await answerPage(page, { ...completeAnswers, useCaseSummary: undefined });
    await page.getByRole('button', { name: 'Next: Quality and stakes' }).click();
    await answerPage(page, completeAnswers);
    await page.getByRole('button', { name: 'Next: Volume and connected systems' }).click();
    await page.locator('#q-dailyUsers').fill('lots');
    await waitForSave(page, (d) => d.step === 'useCase-3' && d.answers.useCaseSummary !== undefined);
    await page.reload();
    await expect.poll(() => heading(page, 'Use case').isVisible()).toBe(true);
    expect(page.url()).toMatch(/#use-case-3$/);
    expect(await page.locator('#q-dailyUsers').inputValue()).toBe('lots');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await page.locator('#q-useCaseSummary').inputValue()).toBe(
      'Summarise <b>claims</b> & flag **fraud**',
    );
    expect(await page.locator('b').count()).toBe(0);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await page.locator('#q-projectName').inputValue()).toBe('Policy assistant');
    await context.close();
  });

  it('has the draft saved by the time the page is hidden, with no delay to wait for', async () => {
    const { context, page } = await openApp(browser);
    // The validation chunk arrives just after the first paint and a keystroke made before it waits for it. This
    // test is about saving at once, so type once it is there: on a loaded machine it could still be in flight.
    await page.waitForLoadState('networkidle');
    await page.locator('#q-projectName').fill('Hidden flush');
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(JSON.parse((await readDraft(page))!).answers.projectName).toBe('Hidden flush');
    await context.close();
  });

  it('moves corrupt saved data aside, says so, and still starts', async () => {
    const context = await browser.newContext({ viewport: desktop });
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('scopewise.draft.v1', '{"version":1,"answers":{"industry":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    const { baseUrl } = await import('./support/browser');
    await page.goto(baseUrl());
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/could not be read, so it was moved aside/);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('scopewise.draft.v1.unreadable.'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['{"version":1,"answers":{"industry":']);
    expect(await heading(page, 'Context').isVisible()).toBe(true);
    await screenshot(page, 'wizard-corrupt-draft-desktop');
    await context.close();
  });

  it('rejects a bad answers file with a message naming the problem, changing nothing stored', async () => {
    const { context, page } = await openApp(browser);
    await page.locator('#q-projectName').fill('Keep me');
    await waitForSave(page, (d) => d.answers.projectName === 'Keep me');
    const before = await readDraft(page);
    await page.getByLabel('Import answers file (.json)').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ format: 'scopewise-answers', schemaVersion: 1, answers: { dailyUsers: -5 } }),
      ),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'was not imported' });
    await expect.poll(() => alert.textContent()).toMatch(/answers\.dailyUsers: must be at least 1/);
    await page.waitForTimeout(500);
    expect(await readDraft(page)).toBe(before);
    expect(await page.locator('#q-projectName').inputValue()).toBe('Keep me');
    await screenshot(page, 'wizard-bad-import-desktop');

    // A good file replaces the draft and can be undone.
    await page.getByLabel('Import answers file (.json)').setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ format: 'scopewise-answers', schemaVersion: 1, answers: completeAnswers }),
      ),
    });
    await expect.poll(() => heading(page, 'Review your answers').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Undo' }).click();
    await waitForSave(page, (d) => d.answers.projectName === 'Keep me');
    await context.close();
  });

  it('imports a file written before euAiActUses was retired with that answer carried to highStakes', async () => {
    const { context, page } = await openApp(browser);
    const { usStates: _s, ...rest } = completeAnswers;
    const old = {
      ...rest,
      regions: ['eu'],
      euPersonalData: 'yes',
      euResidency: 'no',
      euAiActUses: ['employment'],
    };
    await page.getByLabel('Import answers file (.json)').setInputFiles({
      name: 'old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'scopewise-answers', schemaVersion: 1, answers: old })),
    });
    await expect.poll(() => heading(page, 'Review your answers').isVisible()).toBe(true);
    await waitForSave(
      page,
      (d) =>
        !('euAiActUses' in d.answers) && JSON.stringify(d.answers.highStakes) === JSON.stringify(['hiring']),
    );
    expect(await page.getByText('Hiring or employment').first().isVisible()).toBe(true);
    await context.close();
  });

  it('starts over after a confirmation, and undoes it', async () => {
    const { context, page } = await openApp(browser);
    await page.locator('#q-projectName').fill('Precious');
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
    // The emptied page is drawn in the background, just after the click is answered on screen.
    await expect.poll(() => page.locator('#q-projectName').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page
      .getByRole('button', { name: /Context/ })
      .first()
      .click();
    await expect.poll(() => page.locator('#q-projectName').inputValue()).toBe('Precious');
    await context.close();
  });

  it('explains a part of the app that failed to load instead of going blank, and keeps the saved draft', async () => {
    const loadFailure = (page: Page) =>
      page.getByRole('alert').filter({ hasText: 'Part of Scopewise could not be loaded' });

    // The questionnaire's chunk, which the intro requests (blocked before the page can prefetch it). No service
    // worker: once it has precached the app (quickly, now that the precache is small) it would serve the chunk.
    const first = await browser.newContext({ viewport: desktop, serviceWorkers: 'block' });
    await first.route(/\/assets\/session-[\w-]{8}\.js$/, (r) => r.abort());
    const intro = await first.newPage();
    await intro.goto(baseUrl());
    await intro.getByRole('link', { name: 'Start the quick scope' }).click();
    await loadFailure(intro).waitFor();
    expect(await intro.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    await first.close();

    // The validation chunk, needed to read a saved draft: the draft stays as it was.
    const draft = JSON.stringify({
      version: 1,
      answers: { projectName: 'Kept' },
      step: 'context',
      savedAt: new Date().toISOString(),
    });
    const { context, page } = await openApp(browser, { path: '', serviceWorkers: 'block' });
    await page.evaluate((d) => localStorage.setItem('scopewise.draft.v1', d), draft);
    await page.route(/\/assets\/validation-[\w-]{8}\.js$/, (r) => r.abort());
    await page.reload();
    await loadFailure(page).waitFor();
    await screenshot(page, 'load-failure-desktop');
    expect(await readDraft(page)).toBe(draft);
    await context.close();
  });
});
