import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The source articles live beside the repo (`../shared/seeds`), as on every developer machine and in CI. */
export const seedsDir = process.env.SCOPEWISE_SEEDS ?? resolve(process.cwd(), '../shared/seeds');

const cache = new Map<string, string[]>();
export function seedLines(file: string): string[] {
  let lines = cache.get(file);
  if (!lines) {
    lines = readFileSync(resolve(seedsDir, file), 'utf8').split('\n');
    cache.set(file, lines);
  }
  return lines;
}
