/**
 * Finding 6: after a new deployment, reloads kept serving the old build with no word, while the app told users
 * to "reload to get the latest version". A rebuilt dist served on the same origin must be offered as "A new
 * version is ready — Reload", and choosing it must load the new build with the draft intact.
 */
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, launchBrowser, screenshot } from './support/browser';
import { serveStatic, type StaticServer } from './support/static-server';

let browser: Browser;
let server: StaticServer;
let dir: string;
const newBuild = `update-test-${Date.now()}`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scopewise-update-'));
  // What is deployed now: the build under test, copied so the test owns it.
  cpSync('dist', join(dir, 'old'), { recursive: true });
  // The next deployment: the same sources built again under another name, so every file that names the build
  // (and the service worker's precache list) differs.
  const built = spawnSync(
    join('node_modules', '.bin', 'vite'),
    ['build', '--outDir', join(dir, 'new'), '--emptyOutDir', '--logLevel', 'warn'],
    { env: { ...process.env, SCOPEWISE_BUILD: newBuild }, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`second build failed: ${built.stderr}`);
  expect(readFileSync(join(dir, 'new', 'sw.js'), 'utf8')).not.toBe(
    readFileSync(join(dir, 'old', 'sw.js'), 'utf8'),
  );
  server = await serveStatic(join(dir, 'old'));
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const footer = (page: Page) => page.locator('.app-footer').innerText();
const prompt = (page: Page) => page.locator('.update-prompt');
const storedName = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('scopewise.draft.v1') ?? '{}').answers?.projectName);

describe('updates reach users', () => {
  it('offers a new deployment as "A new version is ready — Reload", and reloading then loads it with the draft kept', async () => {
    const context = await browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}#start`);
    await page.locator('#q-projectName').fill('Before the update');
    await expect.poll(() => storedName(page)).toBe('Before the update');
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 })
      .toBe(true);
    const oldFooter = await footer(page);
    expect(oldFooter).not.toContain(newBuild);

    server.setRoot(join(dir, 'new'));
    // An ordinary reload still runs the old build (the new worker waits), but now it says a new one is ready.
    await page.reload();
    await expect.poll(() => prompt(page).isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await prompt(page).innerText()).toMatch(/A new version of Scopewise is ready/);
    expect(await footer(page)).toBe(oldFooter);
    // It is still offered after another plain reload: never lost until acted on.
    await page.reload();
    await expect.poll(() => prompt(page).isVisible(), { timeout: 30_000 }).toBe(true);
    expect((await new AxeBuilder({ page }).include('.update-host').analyze()).violations).toEqual([]);
    await screenshot(page, 'update-prompt');

    await prompt(page).getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => footer(page).catch(() => ''), { timeout: 30_000 }).toContain(newBuild);
    await expect.poll(() => page.locator('#q-projectName').inputValue()).toBe('Before the update');
    expect(await prompt(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
