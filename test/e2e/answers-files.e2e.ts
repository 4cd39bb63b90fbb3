/**
 * Finding 7 in the browser: the import reads a file's bytes with the same decoder and validator as the CLI, so an
 * impossible date is refused (it used to import and show), UTF-16 and a byte-order mark are read, and an old
 * schemaVersion is explained.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAnswers } from '../support/answers';
import { launchBrowser, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const file = (answers: object, schemaVersion: unknown = 1) =>
  JSON.stringify({ format: 'scopewise-answers', schemaVersion, answers }, null, 2);

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page
    .getByLabel('Import answers file (.json)')
    .setInputFiles({ name, mimeType: 'application/json', buffer });
}
const refusal = (page: Page) => page.getByRole('alert').filter({ hasText: 'was not imported' });

describe('importing answers files', () => {
  it('refuses an impossible date and an old schemaVersion with messages that say why', async () => {
    const { context, page, errors } = await openApp(browser);
    await importFile(
      page,
      'feb30.json',
      Buffer.from(file({ ...completeAnswers, targetLaunch: '2027-02-30' })),
    );
    await expect
      .poll(() => refusal(page).innerText())
      .toMatch(/answers\.targetLaunch: is not a real calendar date/);
    await importFile(page, 'old.json', Buffer.from(file(completeAnswers, 0)));
    await expect
      .poll(() => refusal(page).innerText())
      .toMatch(/schemaVersion: 0 is older than any answers format/);
    expect(await refusal(page).innerText()).not.toMatch(/Invalid input/);
    expect(await page.evaluate(() => localStorage.getItem('scopewise.draft.v1'))).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    [
      'UTF-16 with a byte-order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(file(completeAnswers), 'utf16le')]),
    ],
    [
      'UTF-8 with a byte-order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(file(completeAnswers))]),
    ],
  ])('reads %s, as the CLI does', async (_name, buffer) => {
    const { context, page } = await openApp(browser);
    await importFile(page, 'answers.json', buffer);
    await page.getByRole('heading', { name: 'Review your answers' }).waitFor();
    await expect
      .poll(
        async () =>
          JSON.parse((await page.evaluate(() => localStorage.getItem('scopewise.draft.v1'))) ?? '{}').answers,
      )
      .toEqual(completeAnswers);
    await context.close();
  });

  it('names invalid UTF-8 instead of a JSON error', async () => {
    const { context, page } = await openApp(browser);
    await importFile(page, 'latin1.json', Buffer.from(file({ projectName: 'Café' }), 'latin1'));
    await expect
      .poll(() => refusal(page).innerText())
      .toMatch(/not valid UTF-8 text \(byte 0xE9 at position \d+\)/);
    await context.close();
  });
});
