/**
 * `npm run bench:instructions`: machine instructions per evaluate() over the benchmark's 10,000 random answer
 * sets, counted by Valgrind (cachegrind). Wall-clock medians on a shared 2-core machine swing by ±40% with the
 * host's load; this count repeats exactly from run to run, so it is what to compare before and after a change
 * to the engine. Needs `valgrind` (Debian: apt-get install -y valgrind); takes a few minutes.
 *
 * Node runs single-threaded and predictable (no concurrent compiler or collector threads), and the count is the
 * difference between three passes and one over the sets, which leaves out start-up and most compilation.
 */
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { answersArb } from '../test/support/arbitrary-answers';

const SETS = 10_000;
const self = fileURLToPath(import.meta.url);

function evaluatePasses(passes: number): void {
  const sets = fc.sample(answersArb, { numRuns: SETS, seed: 20261123 }) as Answers[];
  for (let p = 0; p < passes; p++) for (const answers of sets) evaluate(answers);
}

/** Instructions of a whole `node` run over `passes` passes, as cachegrind reports them. */
function instructions(passes: number): Promise<number> {
  const run = spawn(
    'valgrind',
    [
      '--tool=cachegrind',
      '--cache-sim=no',
      '--cachegrind-out-file=/dev/null',
      process.execPath,
      '--single-threaded',
      '--predictable',
      '--import',
      'tsx',
      self,
      '--passes',
      String(passes),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  run.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) =>
    run.on('close', (code) => {
      const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
      if (code !== 0 || !refs) reject(new Error(`valgrind failed:\n${stderr.slice(-2000)}`));
      else resolve(Number(refs[1]!.replaceAll(',', '')));
    }),
  );
}

const passesArg = process.argv.indexOf('--passes');
if (passesArg >= 0) {
  evaluatePasses(Number(process.argv[passesArg + 1]));
} else {
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('valgrind is not installed (Debian: apt-get install -y valgrind).');
    process.exit(1);
  }
  // The two runs are independent: side by side on two cores.
  const [one, three] = await Promise.all([instructions(1), instructions(3)]);
  const perEvaluation = Math.round((three - one) / (2 * SETS));
  console.log(
    `evaluate(): ${perEvaluation.toLocaleString('en-US')} instructions per call ` +
      `(mean over ${(2 * SETS).toLocaleString('en-US')} calls on ${SETS.toLocaleString('en-US')} random answer sets)`,
  );
}
