/**
 * Hostile input, everywhere: every string of the shared corpus through every free-text field, into the form, the
 * review, the results, the Markdown, the PDF and a share link. Nothing executes (alert and friends are trapped, the
 * Content-Security-Policy would report any inline script), nothing overflows a 360 px phone, nothing is lost, and
 * anything longer than a field allows is refused with a message, never cut.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questions, type Answers, type Question } from '@/domain/questions';
import { decodeShareFragment } from '@/features/share/model/codec';
import { hostileStrings } from '../fixtures/hostile-strings';
import { completeAnswers } from '../support/answers';
import {
  artifactsDir,
  baseUrl,
  drawAllCharts,
  launchBrowser,
  phone,
  START,
  storeDraft,
} from './support/browser';
import { answerStep } from './support/wizard';

type TextQuestion = Extract<Question, { kind: 'text' }>;
// The questionnaire's text answers; the currency symbol (three characters, set on the results page) is not one.
const textFields = questions.filter((q): q is TextQuestion => q.kind === 'text' && q.step !== 'figures');
const outDir = `${artifactsDir}/hostile`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(outDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Runs before any app code: every way the corpus could "execute" leaves a mark. */
function installTraps() {
  const w = window as unknown as Record<string, unknown>;
  w.__pwned = false;
  w.__cspViolations = [];
  const pwned = () => {
    w.__pwned = true;
  };
  window.alert = pwned;
  window.confirm = () => {
    pwned();
    return false;
  };
  window.prompt = () => {
    pwned();
    return null;
  };
  document.addEventListener('securitypolicyviolation', (e) =>
    (w.__cspViolations as string[]).push(`${e.violatedDirective} ${e.blockedURI}`),
  );
}

async function openWith(
  draft?: Answers,
): Promise<{ context: BrowserContext; page: Page; dialogs: string[] }> {
  const context = await browser.newContext({ viewport: phone, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseUrl()).origin,
  });
  await context.addInitScript(installTraps);
  if (draft) await storeDraft(context, draft);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(new URL(START, baseUrl()).toString());
  return { context, page, dialogs };
}

async function expectHarmless(page: Page, where: string) {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __pwned: boolean; __cspViolations: string[] };
    return {
      pwned: w.__pwned,
      violations: w.__cspViolations,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      injected: document.querySelectorAll(
        'main script, main iframe, main img[src="x"], main svg[onload], main style',
      ).length,
    };
  });
  expect(state.pwned, `${where}: something executed`).toBe(false);
  expect(state.violations, `${where}: CSP violations`).toEqual([]);
  expect(state.injected, `${where}: user text became elements`).toBe(0);
  expect(state.overflow, `${where}: horizontal scrolling at 360 px`).toBeLessThanOrEqual(0);
}

/**
 * A single-line <input> cannot hold a line break: Chromium turns each into a space when text is typed or pasted.
 * Everything else must arrive exactly.
 */
const asTyped = (q: TextQuestion, s: string) => (q.multiline ? s : s.replace(/\r\n|\r|\n/g, ' '));
const sameTyped = (q: TextQuestion, actual: string, typed: string) =>
  // A textarea reports every line break as LF (HTML's value normalisation); nothing else may change.
  q.multiline
    ? actual === typed.replace(/\r\n?/g, '\n')
    : actual.replace(/ +/g, ' ') === asTyped(q, typed).replace(/ +/g, ' ');

/**
 * Puts text into a field as a paste would. Playwright's fill types into a textarea at a cost that grows with the
 * square of its line count (minutes for 10,000 newlines); the native setter plus an input event is what the app
 * sees from a paste, and takes a moment.
 */
async function enter(page: Page, q: TextQuestion, value: string): Promise<void> {
  const input = page.locator(`#q-${q.id}`);
  if (!q.multiline) return input.fill(value);
  await input.evaluate((el, v) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(el, v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/** Parsed by the browser: elements, handlers or links that the user's text would have created. */
async function markupIn(page: Page, html: string): Promise<string[]> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const found: string[] = [];
    for (const el of doc.querySelectorAll('script, iframe, svg, style, img, object, embed, form'))
      found.push(el.outerHTML.slice(0, 80));
    for (const el of doc.querySelectorAll('*'))
      for (const a of el.attributes) if (a.name.startsWith('on')) found.push(`${el.tagName} ${a.name}`);
    // A bare https address may be linked by renderers that linkify (GitHub does): harmless. Any other scheme is not.
    for (const el of doc.querySelectorAll('a[href]'))
      if (!/^https?:\/\//i.test(el.getAttribute('href') ?? '')) found.push(`link ${el.getAttribute('href')}`);
    return found;
  }, html);
}

/** The corpus in groups of one string per field, each string in a field it fits (trimmed, as answers are). */
function answerSets(): { answers: Answers; names: string[] }[] {
  const fits = (q: TextQuestion, v: string) => v.trim().length > 0 && v.trim().length <= q.maxLength;
  const pending = hostileStrings.filter((h) => textFields.some((q) => fits(q, h.value)));
  const sets: { answers: Answers; names: string[] }[] = [];
  while (pending.length > 0) {
    const answers: Answers = { ...completeAnswers };
    const names: string[] = [];
    for (const q of textFields) {
      const i = pending.findIndex((h) => fits(q, h.value));
      if (i < 0) continue;
      const [h] = pending.splice(i, 1);
      answers[q.id] = h!.value.trim();
      names.push(`${q.id} ← ${h!.name}`);
    }
    sets.push({ answers, names });
  }
  return sets;
}
const sets = answerSets();

describe('hostile input', () => {
  it('keeps every string exactly in every free-text field, and refuses over-long ones with a message', async () => {
    const { context, page, dialogs } = await openWith();
    for (const step of ['context', 'useCase'] as const) {
      const fields = textFields.filter((q) => q.step === step);
      expect(fields.length).toBeGreaterThan(0);
      if (step === 'useCase') {
        await answerStep(page, 'context', completeAnswers);
        await page.getByRole('button', { name: 'Next: Use case' }).click();
      }
      for (const q of fields) {
        const input = page.locator(`#q-${q.id}`);
        for (const { name, value } of hostileStrings) {
          await enter(page, q, value);
          const actual = await input.inputValue();
          expect(
            sameTyped(q, actual, value),
            `${q.id} ← ${name}: ${JSON.stringify(actual.slice(0, 80))}`,
          ).toBe(true);
        }
        // The longest string of the corpus (10,000 newlines) exceeds every limit: refused, named, kept whole.
        const tooLong = `${'\n'.repeat(10)}${'y'.repeat(q.maxLength + 1)}`;
        await enter(page, q, tooLong);
        await page.getByRole('button', { name: /^Next/ }).click();
        const field = page.locator(`[data-question="${q.id}"]`);
        await expect.poll(() => field.textContent()).toContain(`at most ${q.maxLength} characters`);
        expect(sameTyped(q, await input.inputValue(), tooLong), `${q.id} is not truncated`).toBe(true);
        expect(await field.locator('.field-meta.over').count()).toBe(1);
        await enter(page, q, String(completeAnswers[q.id] ?? 'ok'));
      }
      await expectHarmless(page, `${step} form`);
    }
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('the corpus covers every field and every string that a field accepts', () => {
    const placed = sets.flatMap((s) => s.names).length;
    const accepted = hostileStrings.filter((h) =>
      textFields.some((q) => h.value.trim().length > 0 && h.value.trim().length <= q.maxLength),
    ).length;
    expect(placed).toBe(accepted);
    // Only the 10,000 newlines exceed every field; they are tested as a refusal above.
    expect(hostileStrings.length - accepted).toBe(1);
  });

  // One test per set: each is a full session (review, results, exports, share link) and must fit the timeout alone.
  it.each(sets.map((set, i) => ({ ...set, n: i + 1 })))(
    'renders set $n as text in the review, the results, the Markdown, the PDF and a share link',
    async ({ answers, names, n }) => {
      const md = new MarkdownIt({ html: true, linkify: true });
      const label = `set ${n} (${names.join('; ')})`;
      const { context, page, dialogs } = await openWith(answers);
      await page.getByRole('heading', { level: 2, name: 'Review your answers', exact: true }).waitFor();
      const reviewText = (await page.locator('main').textContent()) ?? '';
      for (const q of textFields)
        expect(reviewText, `${label}: review shows ${q.id}`).toContain(answers[q.id]);
      await expectHarmless(page, `${label} review`);

      await page.getByRole('button', { name: 'See the plan' }).click();
      await page.locator('.sw-results').waitFor();
      await drawAllCharts(page);
      expect(await page.locator('main').textContent(), `${label}: results name the project`).toContain(
        answers.projectName,
      );
      await expectHarmless(page, `${label} results`);

      // Markdown: even a renderer that allows raw HTML finds no markup, link or image of the user's making.
      const [mdFile] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download Markdown' }).click(),
      ]);
      const html = md.render(readFileSync((await mdFile.path())!, 'utf8'));
      expect(await markupIn(page, html), `${label}: Markdown`).toEqual([]);

      // The PDF for the first set (slow to make; the exporter's own tests cover the whole corpus).
      if (n === 1) {
        const [pdf] = await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          page.getByRole('button', { name: 'Download PDF' }).click(),
        ]);
        const file = `${outDir}/set-${n}.pdf`;
        await pdf.saveAs(file);
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
        expect(text.length, `${label}: PDF has text`).toBeGreaterThan(500);
      }

      // A share link carries every string intact, and opens as text.
      await page.getByRole('button', { name: 'Copy share link' }).click();
      await expect.poll(() => page.getByText('Link copied to the clipboard.').count()).toBe(1);
      const link = await page.evaluate(() => navigator.clipboard.readText());
      const decoded = decodeShareFragment(new URL(link).hash);
      expect(decoded.ok, `${label}: link decodes`).toBe(true);
      if (decoded.ok)
        for (const q of textFields) expect(decoded.answers[q.id], `${label}: ${q.id}`).toBe(answers[q.id]);
      const shared = await context.newPage();
      await shared.goto(link);
      await shared.locator('.sw-results').waitFor();
      expect(await shared.locator('main').textContent()).toContain(answers.projectName);
      await expectHarmless(shared, `${label} shared link`);

      expect(dialogs, `${label}: dialogs`).toEqual([]);
      await context.close();
    },
  );

  it('is protected by the Content-Security-Policy even if markup ever got in', async () => {
    const { context, page } = await openWith();
    const ran = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const s = document.createElement('script');
      s.textContent = 'window.__inline = true';
      document.body.append(s);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handler = true');
      img.src = 'data:,not-an-image';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 200));
      return { inline: w.__inline === true, handler: w.__handler === true };
    });
    expect(ran).toEqual({ inline: false, handler: false });
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    await context.close();
  });
});
