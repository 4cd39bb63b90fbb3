import type { Page } from 'playwright-core';
import { pagesOf, questions, stepOf, type Answers, type StepId } from '@/domain/questions';

/**
 * Answers the questions of a step of the detailed path the way a person would, clicking and typing, page after
 * page; it stops on the step's last page, whose "next" leads to the following step.
 */
export async function answerStep(page: Page, step: StepId, answers: Answers): Promise<void> {
  // The questionnaire arrives in a lazy chunk after the page's load event: never judge which questions are asked
  // before the step is on screen.
  await page.getByRole('heading', { level: 2, name: stepOf(step).title, exact: true }).waitFor();
  const later = pagesOf('detailed')
    .filter((p) => p.step === step)
    .slice(1)
    .map((p) => p.title);
  for (;;) {
    await answerPage(page, answers);
    const next = (await page.locator('form.step button[type="submit"]').textContent()) ?? '';
    const title = later.find((t) => next === `Next: ${t}`);
    if (!title) return;
    await page.locator('form.step button[type="submit"]').click();
    await page.locator('.step-intro', { hasText: title }).waitFor();
  }
}

/** Answers the questions the current page shows, in catalogue order (a question appears after those it follows). */
export async function answerPage(page: Page, answers: Answers): Promise<void> {
  await page.locator('form.step').waitFor();
  for (const q of questions) {
    const value = answers[q.id];
    if (value === undefined) continue;
    const field = page.locator(`form.step [data-question="${q.id}"]`);
    if ((await field.count()) === 0) continue; // not on this page, or not asked for these answers
    // Behind the page's closed "refine" disclosure: opened, as a person would.
    const closed = page.locator(`details.refine:not([open]):has([data-question="${q.id}"]) > summary`);
    if ((await closed.count()) > 0) await closed.click();
    if (q.kind === 'single') {
      await page.locator(`#q-${q.id}-${q.options.findIndex((o) => o.value === value)}`).check();
    } else if (q.kind === 'multi') {
      for (const [i, o] of q.options.entries()) {
        const box = page.locator(`#q-${q.id}-${i}`);
        if ((value as string[]).includes(o.value)) await box.check();
        else await box.uncheck();
      }
    } else {
      await page.locator(`#q-${q.id}`).fill(String(value));
    }
    // The questions this answer brings appear with it, just after the next paint: wait for that before looking.
    await answerLanded(page);
  }
}

/** Resolves once an input's answer has reached the app: it is sent right after the frame that shows the input. */
export function answerLanded(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
}

export const stepOrder: StepId[] = ['context', 'useCase', 'data', 'compliance', 'approach'];

export async function readDraft(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem('scopewise.draft.v1'));
}

/** Waits until the draft keeper (loaded just after the questionnaire) has written what is on screen. */
export async function waitForSave(
  page: Page,
  predicate: (draft: { step: string; answers: Answers }) => boolean,
) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const raw = await readDraft(page);
    if (raw && predicate(JSON.parse(raw))) return;
    if (Date.now() > deadline) throw new Error(`The draft was not saved as expected: ${raw}`);
    await page.waitForTimeout(100);
  }
}
