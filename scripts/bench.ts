/**
 * `npm run bench`: runs every task exported as `tasks` from `scripts/bench/*.bench.ts` and prints one table.
 * To add a section, add a `<name>.bench.ts` file there (see scripts/bench/types.ts). Figures are wall-clock on
 * this machine; compare them run to run, not across machines.
 */
import { readdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchTask, ReportRow, TimedTask } from './bench/types';

interface Row {
  section: string;
  task: string;
  n: string;
  median: string;
  p95: string;
  /** Process CPU time per iteration: robust when other processes compete for the cores. */
  cpu: string;
  target: string;
  status: string;
}

const ms = (x: number) =>
  x < 0.01 ? `${(x * 1000).toFixed(1)} µs` : x < 10 ? `${x.toFixed(3)} ms` : `${x.toFixed(0)} ms`;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

async function time(task: TimedTask): Promise<Row> {
  const prepared = await task.prepare?.();
  for (let i = 0; i < (task.warmup ?? 0); i++) await task.run(i, prepared);
  const samples: number[] = new Array(task.iterations);
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < task.iterations; i++) {
    const t0 = performance.now();
    const r = task.run(i, prepared);
    if (r instanceof Promise) await r;
    samples[i] = performance.now() - t0;
  }
  const cpu = process.cpuUsage(cpu0);
  samples.sort((a, b) => a - b);
  const median = quantile(samples, 0.5);
  const target = task.targetMedianMs;
  return {
    section: task.section,
    task: task.name,
    n: task.iterations.toLocaleString('en-US'),
    median: ms(median),
    p95: ms(quantile(samples, 0.95)),
    cpu: ms((cpu.user + cpu.system) / 1000 / task.iterations),
    target: target === undefined ? '' : `median ≤ ${ms(target)}`,
    status: target === undefined ? '' : median <= target ? 'ok' : 'over',
  };
}

const fromReport = (section: string, r: ReportRow): Row => ({
  section,
  task: r.name,
  n: '',
  median: r.value,
  p95: '',
  cpu: '',
  target: r.target ?? '',
  status: r.ok === undefined ? '' : r.ok ? 'ok' : 'over',
});

function print(rows: Row[]): void {
  const head: Row = {
    section: 'section',
    task: 'task',
    n: 'n',
    median: 'median / value',
    p95: 'p95',
    cpu: 'cpu/iter',
    target: 'target',
    status: '',
  };
  const cols = Object.keys(head) as (keyof Row)[];
  const width = Object.fromEntries(
    cols.map((c) => [c, Math.max(...[head, ...rows].map((r) => r[c].length))]),
  );
  const line = (r: Row) =>
    cols
      .map((c) =>
        c === 'n' || c === 'median' || c === 'p95' ? r[c].padStart(width[c]!) : r[c].padEnd(width[c]!),
      )
      .join('  ');
  console.log(line(head));
  console.log(cols.map((c) => '-'.repeat(width[c]!)).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<void> {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
  const only = process.argv[2];
  const rows: Row[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()) {
    const { tasks } = (await import(join(dir, file))) as { tasks: BenchTask[] };
    for (const task of tasks) {
      if (only && task.section !== only) continue;
      if (task.kind === 'timed') rows.push(await time(task));
      else for (const r of await task.report()) rows.push(fromReport(task.section, r));
    }
  }
  print(rows);
  console.log(
    `\n${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}: wall-clock figures grow with load.`,
  );
}

await main();
