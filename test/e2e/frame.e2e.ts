/**
 * Finding 9: `frame-ancestors` was only in public/_headers, so hosts that ignore that file let any site frame the
 * app. `vite preview` sends it as a header (the browser refuses the frame), and without any header the app itself
 * refuses to run framed.
 */
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, desktop, launchBrowser, screenshot } from './support/browser';
import { serveStatic, type StaticServer } from './support/static-server';

let browser: Browser;
let bare: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  bare = await serveStatic('dist');
});
afterAll(async () => {
  await bare?.close();
  await browser?.close();
});

const draft = JSON.stringify({
  version: 1,
  answers: { projectName: 'Framed draft' },
  step: 'context',
  savedAt: '2026-11-23T12:00:00.000Z',
});

/** Another site's page with the app in an iframe. */
async function framedBy(src: string) {
  const context = await browser.newContext({ viewport: desktop });
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.setContent(`<h1>Another site</h1><iframe src="${src}" width="1000" height="700"></iframe>`);
  const frame = (): Frame | undefined => page.frames().find((f) => f !== page.mainFrame());
  await expect.poll(() => frame()?.url() ?? '').not.toBe('');
  return { context, page, frame };
}

describe('framing', () => {
  it('vite preview sends frame-ancestors, so the browser shows nothing of the app in a frame', async () => {
    const response = await fetch(baseUrl());
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    const { context, page, frame } = await framedBy(new URL('#start', baseUrl()).toString());
    await page.waitForTimeout(1500);
    // Chromium replaces a refused frame with its own error page: no element of the app exists in it.
    expect(await frame()!.locator('#root').count()).toBe(0);
    await context.close();
  });

  it('without any header the app refuses to run framed, and leaves the draft alone', async () => {
    const response = await fetch(bare.url);
    expect(response.headers.get('content-security-policy')).toBeNull();

    // The same server, opened on its own, holds a draft.
    const context = await browser.newContext({ viewport: desktop });
    const own = await context.newPage();
    await own.goto(bare.url);
    await own.evaluate((d) => localStorage.setItem('scopewise.draft.v1', d), draft);

    const framer = await context.newPage();
    await framer.setContent(`<iframe src="${bare.url}#start" width="1000" height="700"></iframe>`);
    const frame = () => framer.frames().find((f) => f !== framer.mainFrame())!;
    await expect
      .poll(() =>
        frame()
          .getByRole('heading', { name: 'Scopewise does not run inside another page' })
          .isVisible()
          .catch(() => false),
      )
      .toBe(true);
    expect(
      await frame().getByRole('link', { name: 'Open Scopewise in a new tab' }).getAttribute('target'),
    ).toBe('_blank');
    // Nothing of the questionnaire, and no button to click but the way out.
    expect(await frame().locator('form, input, button').count()).toBe(0);
    await screenshot(framer, 'framed-refused');
    expect(await own.evaluate(() => localStorage.getItem('scopewise.draft.v1'))).toBe(draft);
    await context.close();
  });
});
