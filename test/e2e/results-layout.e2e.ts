/**
 * What the results page looks like, measured in Chromium at phone and desktop widths: the phase Gantt tells the
 * truth (each bar as long as its phase, names whole), the headline figures stay inside their boxes whatever the
 * value, "Edit" on the review page stays one word, and a shared plan opens light. Screenshots go to
 * artifacts/e2e/layout/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layOutPhases } from '@/domain/phase-layout';
import type { Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { buildShareUrl, encodeShareFragment } from '@/features/share/model';
import { loadExample } from '../engine/support';
import { completeAnswers } from '../support/answers';
import { artifactsDir, baseUrl, desktop, launchBrowser, openSharedPlan, phone } from './support/browser';

const outDir = `${artifactsDir}/layout`;
const today = new Date().toISOString().slice(0, 10);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(outDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

// The longest timeline of the examples: a year of regulatory approval before a half-week rollout.
const health = loadExample('healthcare-diagnostic.json');

const openShared = (viewport: { width: number; height: number }, answers: Answers) =>
  openSharedPlan(browser, answers, viewport);

interface Box {
  left: number;
  right: number;
  width: number;
}

describe('the phase Gantt in Chromium', () => {
  it.each([
    ['desktop', desktop],
    ['phone', phone],
  ])('draws every phase whole, each bar its own length, at %s width (screenshot)', async (name, viewport) => {
    const plan = evaluate(health, { today });
    const { placed } = layOutPhases(plan.timeline.phases);
    const { context, page, errors } = await openShared(viewport, health);
    // The sections below the decision summary open on demand.
    await page.getByRole('button', { name: /^Timeline/ }).click();
    const gantt = page.locator('.sw-gantt');
    await gantt.scrollIntoViewIfNeeded();

    const rows = await gantt.locator('.sw-gantt__row').evaluateAll((els) =>
      els.map((row) => {
        const box = (sel: string) => {
          const r = row.querySelector(sel)!.getBoundingClientRect();
          return { left: r.left, right: r.right, width: r.width };
        };
        const label = row.querySelector('.sw-gantt__name') as HTMLElement;
        return {
          name: label.textContent,
          labelFits: label.scrollWidth <= label.clientWidth + 1,
          track: box('.sw-gantt__track'),
          short: box('.sw-gantt__bar--short'),
          long: box('.sw-gantt__bar--long'),
        };
      }),
    );
    // Names whole, never cut to fit.
    expect(rows.map((r) => r.name)).toEqual(plan.timeline.phases.map((p) => p.name));
    expect(rows.every((r) => r.labelFits)).toBe(true);
    expect(await gantt.textContent()).not.toContain('…');

    const top = ((await page.locator('.sw-gantt__tick').last().textContent()) ?? '').trim();
    const pxPerWeek = rows[0]!.track.width / Number(top);
    const near = (bar: Box, from: number, weeks: number) => {
      // 2 px: bars are at least 2 px wide, and edges round to device pixels.
      expect(Math.abs(bar.left - rows[0]!.track.left - from * pxPerWeek)).toBeLessThanOrEqual(2);
      expect(Math.abs(bar.width - Math.max(weeks * pxPerWeek, 2))).toBeLessThanOrEqual(2);
    };
    placed.forEach((p, i) => {
      near(rows[i]!.short, p.start[0], p.phase.weeks[0]);
      near(rows[i]!.long, p.start[1], p.phase.weeks[1]);
      expect(rows[i]!.long.right).toBeLessThanOrEqual(rows[i]!.track.right + 0.5);
    });
    // The rollout is a sliver at the very end, not a bar across the whole schedule.
    const rollout = rows.at(-1)!;
    expect(rollout.long.width).toBeLessThan(rollout.track.width * 0.02);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page
      .getByRole('region', { name: 'Timeline' })
      .screenshot({ path: `${outDir}/timeline-${name}.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('headline figures in Chromium', () => {
  /** Every figure box inside the row of boxes, and every figure inside its box. */
  const overflowing = (page: Page) =>
    page.locator('.sw-figures').evaluate((list) => {
      const outer = list.getBoundingClientRect();
      return [...list.querySelectorAll('.sw-figure')].flatMap((fig) => {
        const box = fig.getBoundingClientRect();
        const dd = fig.querySelector('dd') as HTMLElement;
        const text = dd.getBoundingClientRect();
        const bad =
          box.left < outer.left - 0.5 ||
          box.right > outer.right + 0.5 ||
          text.right > box.right + 0.5 ||
          dd.scrollWidth > dd.clientWidth + 1;
        return bad ? [`${fig.querySelector('dt')?.textContent}: "${dd.textContent}"`] : [];
      });
    });

  it("keeps every value inside its box from 360 to 1440 px, the plan's own and long ones (screenshots)", async () => {
    const { context, page, errors } = await openShared(desktop, health);
    const long = ['20–33 months', '$1.2M–4.5M', '$120k–450k', '$15.5k–48.5k', '100/100 (good)', '12'];
    for (const width of [360, 390, 768, 1024, 1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await overflowing(page), `at ${width} px`).toEqual([]);
      if (width === 360 || width === 1280)
        await page.locator('.sw-figures').screenshot({ path: `${outDir}/headline-${width}.png` });
    }
    // Values longer than the plan's own, put into the boxes: the layout must hold any of them.
    await page.locator('.sw-figures .sw-figure:not(.sw-figure--wide) dd').evaluateAll((dds, values) => {
      dds.forEach((dd, i) => (dd.textContent = values[i % values.length]!));
    }, long);
    for (const width of [360, 390, 768, 1024, 1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await overflowing(page), `long values at ${width} px`).toEqual([]);
      if (width === 360 || width === 1280)
        await page.locator('.sw-figures').screenshot({ path: `${outDir}/headline-long-${width}.png` });
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the review page in Chromium', () => {
  it('keeps "Edit" on one line next to long answers, at phone and desktop width', async () => {
    const long = {
      ...completeAnswers,
      useCaseSummary:
        'Answer employee questions about internal policies, benefits, travel, expenses and security ' +
        'procedures with links to the source document, in every office language, for all staff. '.repeat(3),
      inputFormat: 'Supercalifragilisticexpialidocious-questions-typed-in-chat-without-any-spaces-at-all',
    };
    for (const viewport of [phone, desktop]) {
      const context = await browser.newContext({ viewport });
      const draft = JSON.stringify({
        version: 1,
        answers: long,
        step: 'review',
        savedAt: new Date().toISOString(),
      });
      await context.addInitScript((value) => localStorage.setItem('scopewise.draft.v1', value), draft);
      const page = await context.newPage();
      await page.goto(baseUrl());
      await page.getByRole('heading', { name: 'Review your answers' }).waitFor();
      const lines = await page.locator('.review-row dd > button').evaluateAll((buttons) =>
        buttons.map((b) => {
          const range = document.createRange();
          range.selectNodeContents(b);
          // One line box per line the word was broken onto.
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }),
      );
      expect(lines.length).toBeGreaterThan(20);
      expect(lines.filter((n) => n !== 1)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page
        .locator('.review-row')
        .filter({ hasText: 'Describe the task the model will perform' })
        .first()
        .screenshot({ path: `${outDir}/review-long-answer-${viewport.width}.png` });
      await context.close();
    }
  });
});

describe('printing a shared plan', () => {
  it('prints every explanation and every chart without anything opened or scrolled first', async () => {
    const context = await browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    const charts = page.waitForResponse(/\/assets\/plan-charts-[\w-]+\.js$/);
    await page.goto(buildShareUrl(baseUrl(), encodeShareFragment(health)));
    await page.locator('.sw-results').waitFor();
    // The charts' module arrives when the browser is idle after the plan appears.
    await charts;
    await page.waitForTimeout(500);
    // On screen every section is closed: no explanation is in the page.
    expect(await page.locator('details.sw-why').count()).toBe(0);
    expect(await page.locator('.sw-why__body').count()).toBe(0);
    // page.pdf prints as the browser's print command does, beforeprint included.
    const path = `${outDir}/shared-plan-print.pdf`;
    await page.pdf({ path, format: 'A4' });
    const text = execFileSync('/usr/bin/pdftotext', [path, '-'], { encoding: 'utf8' });
    // Printing opened every section and rendered every explanation, each under its printed "Why:" label.
    const disclosures = await page.locator('details.sw-why').count();
    expect(disclosures).toBeGreaterThan(50);
    expect(await page.locator('.sw-why__body').count()).toBe(disclosures);
    expect((text.match(/Why:/g) ?? []).length).toBeGreaterThanOrEqual(disclosures);
    // Tick labels of the cumulative cost chart and of the readiness chart.
    expect(text).toContain('M12');
    expect(await page.locator('.sw-chart svg.recharts-surface').count()).toBe(4);
    await context.close();
  });
});

describe('a shared plan on arrival', () => {
  it('renders at most 1,500 elements before anything is opened or scrolled', async () => {
    const { context, page, errors } = await openShared(phone, loadExample('fintech-agent.json'));
    await page.getByRole('heading', { name: 'You are viewing a shared plan' }).waitFor();
    await page.waitForTimeout(1000);
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(elements).toBeLessThanOrEqual(1500);
    // Closed sections and explanations are not in the page until opened.
    expect(await page.locator('.sw-section__toggle[aria-expanded="false"]').count()).toBeGreaterThan(10);
    expect(await page.locator('.sw-section__body[hidden]:empty').count()).toBeGreaterThan(10);
    expect(await page.locator('.sw-why__body').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
