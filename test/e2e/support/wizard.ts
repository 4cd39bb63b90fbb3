import type { Page } from 'playwright-core';
import { questions, stepOf, type Answers, type StepId } from '@/domain/questions';

/** Answers the visible questions of the current step the way a person would: clicking and typing. */
export async function answerStep(page: Page, step: StepId, answers: Answers): Promise<void> {
  // The questionnaire arrives in a lazy chunk after the page's load event: never judge which questions are asked
  // before the step is on screen.
  await page.getByRole('heading', { level: 2, name: stepOf(step).title, exact: true }).waitFor();
  for (const q of questions.filter((x) => x.step === step)) {
    const value = answers[q.id];
    if (value === undefined) continue;
    const field = page.locator(`[data-question="${q.id}"]`);
    if ((await field.count()) === 0) continue; // not asked for these answers
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
  }
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
