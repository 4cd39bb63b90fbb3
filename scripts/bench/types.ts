/**
 * A benchmark task. `scripts/bench.ts` runs every task exported as `tasks` from `scripts/bench/*.bench.ts` and
 * prints one table. Timed tasks are measured per iteration (median and p95); report tasks measure something
 * else (bundle sizes, file sizes) and return their own rows.
 */
export interface TimedTask {
  kind: 'timed';
  section: string;
  name: string;
  iterations: number;
  warmup?: number;
  /** Runs once before timing; its result is handed to `run`. */
  prepare?: () => unknown;
  run: (i: number, prepared: unknown) => unknown;
  /** Target for the median, in milliseconds. */
  targetMedianMs?: number;
}

export interface ReportRow {
  name: string;
  value: string;
  target?: string;
  ok?: boolean;
}

export interface ReportTask {
  kind: 'report';
  section: string;
  name: string;
  report: () => ReportRow[] | Promise<ReportRow[]>;
}

export type BenchTask = TimedTask | ReportTask;
