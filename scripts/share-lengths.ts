/**
 * `npx tsx scripts/share-lengths.ts [dir]` (default `examples/`)
 * Prints the share-link length of every answers file in the folder, next to the size of the same answers as
 * named-key JSON, and checks each link opens to the same answers. The link is what the app writes: the answers,
 * the file's notes and the ruleset record (format.md); "answers only" is the same link without them. Files that are not valid answers files are
 * listed with the reason instead of stopping the run. Exit status 1 if any link fails to round-trip.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnswersFile } from '@/domain/answers';
import { RULESET_VERSION } from '@/engine/version';
import {
  canonicalShareAnswers,
  decodeShareFragment,
  encodeShareFragment,
  SHARE_LINK_WARN_LENGTH,
} from '@/features/share/model';

const dir = process.argv[2] ?? 'examples';
const origin = 'https://scopewise.example/';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

let failed = false;
const rows: string[][] = [
  [
    'file',
    'fragment',
    `link on ${origin}`,
    'answers only',
    'answered',
    'named-key JSON',
    'decode µs',
    'note',
  ],
];
for (const file of files) {
  const parsed = parseAnswersFile(readFileSync(join(dir, file), 'utf8'));
  if (!parsed.ok) {
    rows.push([file, '-', '-', '-', '-', '-', '-', `not an answers file: ${parsed.errors[0] ?? ''}`]);
    continue;
  }
  const answers = parsed.value.answers;
  const fragment = encodeShareFragment(answers, {
    rulesetVersion: RULESET_VERSION,
    ...(parsed.value.notes ? { notes: parsed.value.notes } : {}),
  });
  const answersOnly = encodeShareFragment(answers);
  const canonical = canonicalShareAnswers(answers);
  const runs = 200;
  for (let i = 0; i < 50; i++) decodeShareFragment(fragment); // warm up the JIT before timing
  const start = performance.now();
  let decoded = decodeShareFragment(fragment);
  for (let i = 1; i < runs; i++) decoded = decodeShareFragment(fragment);
  const micros = ((performance.now() - start) / runs) * 1000;
  const same = decoded.ok && JSON.stringify(decoded.answers) === JSON.stringify(canonical);
  if (!same) failed = true;
  const link = origin.length + 1 + fragment.length;
  rows.push([
    file,
    String(fragment.length + 1),
    String(link),
    String(answersOnly.length + 1),
    String(Object.keys(canonical).length),
    String(JSON.stringify(canonical).length),
    micros.toFixed(0),
    [!same && 'DOES NOT ROUND-TRIP', link > SHARE_LINK_WARN_LENGTH && 'over the warning length']
      .filter(Boolean)
      .join('; '),
  ]);
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows)
  console.log(
    r
      .map((cell, c) => (c === 0 || c === 7 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
console.log(
  `\n"fragment" counts the '#'; the full link adds the page address (${origin.length} characters here).`,
);
if (files.length === 0) console.log(`No .json files in ${dir}.`);
process.exit(failed ? 1 : 0);
