/**
 * `npm run latency [-- --no-build | --dist dir] [--runs N] [--path detailed|quick] [--viewport desktop|phone] [--why]
 *  [--profile prefix]`
 *
 * How fast the questionnaire answers a person typing and clicking, in a real Chromium at 4× CPU throttling, on a
 * private production build served by `vite preview`. Two realistic profiles (examples/crm-support-rag.json and
 * examples/insurance-claims-summaries.json) are answered from a fresh browser, page by page, as a person would:
 * text and numbers typed a key at a time (120 ms apart, a fast typist), choices clicked (250 ms apart), "Next"
 * clicked at the end of each page, until the review.
 *
 * Latency is the Event Timing API's figure for each interaction (from the input to the next paint, input delay and
 * rendering included): the longest event of each interactionId, as Chrome's INP does. Event Timing reports only
 * events of 16 ms or more; the interactions it does not report are counted at 16 ms, so the percentiles are an
 * upper bound. Prints, per path and viewport, the number of interactions, the 95th percentile and the worst, and
 * exits 1 when a 95th percentile is over 50 ms. `--why` adds, per profile, the events over 50 ms and the scripts that
 * ran in the frames they overlapped (Long Animation Frames). `--profile prefix` writes a CPU profile of each run
 * (`prefix-path-viewport-time.cpuprofile`, for Chrome DevTools; build with `--minify false` and pass `--dist` to
 * read function names).
 *
 * Not part of `npm test`: throttled timings on a shared machine vary, and a run takes a few minutes. Compare builds
 * in one sitting (`--dist` an earlier build), and against plain HTML on the same machine, not against figures taken
 * on another day. Each question is scrolled to the middle of the screen before it is answered: keys typed into a
 * field at the bottom edge of the screen got no frame in headless Chromium, with no script and no rendering in
 * the way (`--why` showed it), and each then counted until the next paint, up to 900 ms.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseAnswersFile } from '@/domain/answers';
import { describeFrames, readFrames, RECORD_LONG_FRAMES, type Frame } from './support/long-frames';
import { ensureBuild, serveBuild } from './support/own-build';
import { questionById, type Answers } from '@/domain/questions';

const LIMIT_P95_MS = 50;
const THROTTLE = 4;
const KEY_DELAY_MS = 120;
const CLICK_PAUSE_MS = 250;
const READ_PAUSE_MS = 100;
/** Event Timing's smallest reported duration: interactions it does not report took less. */
const UNREPORTED_MS = 16;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const argValues = (name: string): string[] => args.flatMap((a, i) => (args[i - 1] === name ? [a] : []));
const runs = Math.max(1, Number(argValues('--runs')[0] ?? 1));
const profileTo = argValues('--profile')[0];
const paths = argValues('--path').length ? argValues('--path') : ['detailed', 'quick'];
const viewports = argValues('--viewport').length ? argValues('--viewport') : ['desktop', 'phone'];
const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } } as const;
const profiles = ['examples/crm-support-rag.json', 'examples/insurance-claims-summaries.json'];
/** Where each path starts: the detailed path at `#start`, the quick scope at `#quick`. */
const entry: Record<string, string> = { detailed: '#start', quick: '#quick' };

function loadAnswers(file: string): Answers {
  const parsed = parseAnswersFile(readFileSync(join(root, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join('; ')}`);
  return parsed.value.answers;
}

// A private build (other work rebuilding dist/ mid-run would serve half a build), or `--dist dir`, an earlier one.
const given = argValues('--dist')[0];
const distDir = given ? resolve(given) : join(root, 'artifacts', 'latency', 'dist');
if (!given) ensureBuild(root, distDir, args.includes('--no-build'));

const server = await serveBuild(root, distDir, 4192);
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('vite preview did not report a URL');

const browser: Browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

// A string, not a function: tsx would wrap a named function in a helper the page does not have.
const RECORD_EVENTS = `(() => {
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.interactionId)
        window.__events.push({
          id: e.interactionId,
          name: e.name,
          target: e.target ? e.target.id || e.target.tagName : '',
          start: e.startTime,
          duration: e.duration,
        });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
})()`;

/** The words the current page shows: in its help and in all. A string for the same reason as RECORD_EVENTS. */
const COUNT_WORDS = `(() => {
  const words = (s) => s.split(/\\s+/).filter(Boolean).length;
  const form = document.querySelector('form.step');
  const help = [...form.querySelectorAll('.field-help')].map((e) => e.innerText).join(' ');
  return { help: words(help), all: words(form.innerText) };
})()`;

/** One Event Timing entry. */
interface Interaction {
  id: number;
  name: string;
  target: string;
  start: number;
  duration: number;
}

interface Measured {
  interactions: number;
  keys: number;
  clicks: number;
  durations: number[];
  /** With --why: each interaction over the limit, and what the main thread ran during it. */
  why: string[];
  questions: number;
  helpWords: number;
  pageWords: number;
}

const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** Answers every question the current page shows, from the profile, a key or a click at a time. */
async function answerPage(
  page: Page,
  answers: Answers,
  done: Set<string>,
): Promise<{ keys: number; clicks: number; answered: number }> {
  let answered = 0;
  let keys = 0;
  let clicks = 0;
  // Questions appear as others are answered (branching): look again after each one.
  for (;;) {
    const ids = await page
      .locator('form [data-question]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-question') ?? ''));
    const id = ids.find((x) => !done.has(x));
    if (id === undefined) break;
    done.add(id);
    const q = questionById.get(id);
    const value = answers[id];
    if (!q || value === undefined) continue;
    // Behind a closed disclosure ("refine"): a person who does not open it answers nothing there.
    const question = page.locator(`form [data-question="${id}"]`);
    if (!(await question.isVisible())) continue;
    answered++;
    // The question in the middle of the screen, as a person reads it before answering (and as a phone scrolls a
    // focused field above its keyboard); not an interaction, so not measured.
    await question.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(READ_PAUSE_MS);
    if (q.kind === 'single') {
      await page.locator(`#q-${id}-${q.options.findIndex((o) => o.value === value)}`).click();
      clicks++;
      await page.waitForTimeout(CLICK_PAUSE_MS);
    } else if (q.kind === 'multi') {
      for (const v of value as string[]) {
        await page.locator(`#q-${id}-${q.options.findIndex((o) => o.value === v)}`).click();
        clicks++;
        await page.waitForTimeout(CLICK_PAUSE_MS);
      }
    } else if (q.kind === 'date') {
      // A date picker's typing order depends on the locale: filled, and not counted.
      await page.locator(`#q-${id}`).fill(String(value));
    } else {
      const field = page.locator(`#q-${id}`);
      await field.click();
      clicks++;
      const text = String(value);
      await page.keyboard.type(text, { delay: KEY_DELAY_MS });
      keys += text.length;
    }
  }
  return { keys, clicks, answered };
}

async function measure(path: string, viewport: keyof typeof sizes, answers: Answers): Promise<Measured> {
  const context = await browser.newContext({ viewport: sizes[viewport] });
  await context.addInitScript(RECORD_EVENTS);
  await context.addInitScript(RECORD_LONG_FRAMES);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(entry[path] ?? '#start', base).toString());
  await page.locator('form.step').waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  if (profileTo) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  let keys = 0;
  let clicks = 0;
  let questions = 0;
  let helpWords = 0;
  let pageWords = 0;
  const done = new Set<string>();
  for (let pages = 0; pages < 20; pages++) {
    // A page of questions, or the review (its code may still be on its way: the form has gone, and that is the end).
    await page.waitForFunction(
      () =>
        !!document.querySelector('form.step') ||
        !!document.querySelector('.review') ||
        location.hash === '#review',
      null,
      { timeout: 60_000 },
    );
    if (!(await page.locator('form.step').count())) break;
    // Pages of one step share its heading; each has its own address (earlier versions had one page per step).
    const where = await page.evaluate(
      () => `${location.hash}|${document.querySelector('form.step h2')?.textContent ?? ''}`,
    );
    const r = await answerPage(page, answers, done);
    keys += r.keys;
    clicks += r.clicks;
    questions += r.answered;
    // What the page asked the person to read, as rendered (text behind a closed "More" is not rendered).
    const shown = (await page.evaluate(COUNT_WORDS)) as { help: number; all: number };
    helpWords += shown.help;
    pageWords += shown.all;
    await page.locator('form.step button[type="submit"]').click();
    clicks++;
    await page.waitForFunction(
      (before) =>
        !!document.querySelector('.review') ||
        `${location.hash}|${document.querySelector('form.step h2')?.textContent ?? ''}` !== before ||
        !!document.querySelector('.error-summary'),
      where,
      { timeout: 60_000 },
    );
    if (await page.locator('.error-summary').isVisible())
      throw new Error(`${path}: the page "${where}" did not accept the profile's answers`);
    await page.waitForTimeout(CLICK_PAUSE_MS);
  }
  await page.waitForTimeout(1000);
  if (profileTo) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(`${profileTo}-${path}-${viewport}-${Date.now()}.cpuprofile`, JSON.stringify(profile));
  }
  const events = await page.evaluate(() => (window as unknown as { __events: Interaction[] }).__events);
  const frames = await readFrames(page);
  const byInteraction = new Map<number, number>();
  for (const e of events) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
  const why = explain(events, frames);
  const interactions = keys + clicks;
  const reported = [...byInteraction.values()];
  const durations = [
    ...reported,
    ...Array.from({ length: Math.max(0, interactions - reported.length) }, () => UNREPORTED_MS),
  ];
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  await context.close();
  return { interactions, keys, clicks, durations, why, questions, helpWords, pageWords };
}

/**
 * Each interaction over the limit: its events and target, then what the main thread did in the long frames it
 * overlapped (scripts by entry point, and rendering).
 */
function explain(events: Interaction[], frames: Frame[]): string[] {
  if (!args.includes('--why')) return [];
  const slow = new Map<number, Interaction[]>();
  for (const e of events) if (e.duration > LIMIT_P95_MS) slow.set(e.id, [...(slow.get(e.id) ?? []), e]);
  return [...slow.values()].map((group) => {
    const start = Math.min(...group.map((e) => e.start));
    const end = Math.max(...group.map((e) => e.start + e.duration));
    const overlapping = frames.filter((f) => f.start < end && f.end > start);
    return `${Math.round(end - start)} ms ${group.map((e) => e.name).join('/')} on ${group[0]!.target}: ${describeFrames(overlapping, 1)}`;
  });
}

let failed = false;
console.log(
  `Questionnaire latency at ${THROTTLE}× CPU (Event Timing, per interaction; load average ${loadavg()[0]!.toFixed(1)})`,
);
try {
  for (const path of paths)
    for (const viewport of viewports as (keyof typeof sizes)[]) {
      const all: number[] = [];
      let line = '';
      for (const file of profiles) {
        const answers = loadAnswers(file);
        for (let i = 0; i < runs; i++) {
          const m = await measure(path, viewport, answers);
          all.push(...m.durations);
          line += `\n    ${file.replace(/^.*\//, '')}: ${m.questions} questions, ${m.helpWords} words of help (${m.pageWords} on the pages), ${m.keys} keys, ${m.clicks} clicks; p95 ${percentile(m.durations, 95)} ms, worst ${Math.max(...m.durations)} ms${m.why.map((w) => `\n      ${w}`).join('')}`;
        }
      }
      const p95 = percentile(all, 95);
      const verdict = p95 <= LIMIT_P95_MS ? 'ok' : 'FAIL';
      if (p95 > LIMIT_P95_MS) failed = true;
      console.log(
        `  ${path} path, ${viewport}: ${all.length} interactions, p50 ${percentile(all, 50)} ms, p95 ${p95} ms, worst ${Math.max(...all)} ms  ${verdict} (limit p95 ${LIMIT_P95_MS} ms)${line}`,
      );
    }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
