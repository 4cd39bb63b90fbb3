import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The source articles live beside the repo (`../shared/seeds`), as in CI, but are not part of it. Tests that read
 * them run when they are present and are skipped, with a notice, in a clone that stands alone.
 */
export const seedsDir = process.env.SCOPEWISE_SEEDS ?? resolve(process.cwd(), '../shared/seeds');

export const seedsPresent = existsSync(resolve(seedsDir, 'README.md'));

let noticed = false;
/** True when the tests that need the source articles must be skipped; says so once per test file. */
export function seedsMissing(): boolean {
  if (!seedsPresent && !noticed) {
    noticed = true;
    console.warn(
      `NOTICE: the source articles are not at ${seedsDir}; the tests that check citations against them are skipped. ` +
        'Put the seeds there (or set SCOPEWISE_SEEDS) to run them, as CI does.',
    );
  }
  return !seedsPresent;
}

const cache = new Map<string, string[]>();
export function seedLines(file: string): string[] {
  let lines = cache.get(file);
  if (!lines) {
    lines = readFileSync(resolve(seedsDir, file), 'utf8').split('\n');
    cache.set(file, lines);
  }
  return lines;
}
