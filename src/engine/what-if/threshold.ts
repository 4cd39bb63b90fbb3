/**
 * Where a number stops giving the same plan. The number's range is sampled (a grid over its bounds, the answer
 * itself, and every figure a rule compares this answer with), each sample is evaluated, and between two samples
 * that give different plans the boundary is found by bisection. The result is the range cut into segments, each
 * with one outcome, exact at integer boundaries and to a ten-thousandth elsewhere.
 *
 * Pure: `keyAt` evaluates a value (through the engine) and names its outcome.
 */
import type { Work } from './work';

export interface Segment {
  /** First and last value of the segment, as sampled and bisected. */
  from: number;
  to: number;
  key: string;
}

export interface Domain {
  min: number;
  max: number;
  integer: boolean;
}

export type KeyAt = (v: number) => Work<string>;

/** Points of the geometric grid; a rule's own figures are added as hints, so the grid only has to find the rest. */
const GRID = 10;

function snap(d: Domain, n: number): number {
  const v = Math.min(d.max, Math.max(d.min, n));
  return d.integer ? Math.round(v) : v;
}

/** The sample points: both bounds, a geometric (and on a short range a linear) grid, the hints and their neighbours. */
export function samplePoints(d: Domain, hints: readonly number[]): number[] {
  const pts = new Set<number>([d.min, d.max]);
  const lowPositive = Math.max(d.min, d.integer ? 1 : Math.min(1, d.max / 1000));
  if (d.max > lowPositive && lowPositive > 0) {
    const a = Math.log(lowPositive);
    const b = Math.log(d.max);
    for (let i = 0; i <= GRID; i++) pts.add(snap(d, Math.exp(a + ((b - a) * i) / GRID)));
  }
  // A short range (a percentage) is also walked in even steps; on a long one the geometric grid covers it.
  if (d.max - d.min <= 1000 || (d.min > 0 && d.max / d.min < 10))
    for (let i = 0; i <= 5; i++) pts.add(snap(d, d.min + ((d.max - d.min) * i) / 5));
  const step = d.integer ? 1 : Math.max(1e-6, (d.max - d.min) * 1e-6);
  for (const h of hints) for (const v of [h - step, h, h + step]) pts.add(snap(d, v));
  return [...pts].filter(Number.isFinite).sort((x, y) => x - y);
}

const tolerance = (x: number) => Math.max(1e-4 * Math.abs(x), 1e-6);

/** The first value after `lo` whose key differs from `lo`'s, given that `hi`'s does. */
function* boundary(d: Domain, lo: number, hi: number, keyAt: KeyAt): Work<number> {
  const k = yield* keyAt(lo);
  for (let i = 0; i < 64; i++) {
    if (d.integer ? hi - lo <= 1 : hi - lo <= tolerance(hi)) break;
    const mid = d.integer ? Math.floor((lo + hi) / 2) : (lo + hi) / 2;
    if ((yield* keyAt(mid)) === k) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The domain cut into segments of one outcome each, in ascending order; neighbours always differ. */
export function* segments(d: Domain, hints: readonly number[], keyAt: KeyAt): Work<Segment[]> {
  const pts = samplePoints(d, hints);
  const out: Segment[] = [];
  let start = pts[0]!;
  let key = yield* keyAt(start);
  let last = start;
  for (const p of pts.slice(1)) {
    const k = yield* keyAt(p);
    if (k === key) {
      last = p;
      continue;
    }
    // Between `last` (old outcome) and `p` (new), find where it changes; the boundary's own outcome may be a
    // third one, in which case the search goes on from there.
    let lo = last;
    while ((yield* keyAt(lo)) !== k) {
      const b = yield* boundary(d, lo, p, keyAt);
      const before = d.integer ? b - 1 : Math.max(lo, b - tolerance(b));
      out.push({ from: start, to: before, key });
      start = b;
      key = yield* keyAt(b);
      lo = b;
      if (b >= p) break;
    }
    last = p;
  }
  out.push({ from: start, to: d.max, key });
  return merge(out);
}

function merge(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    const prev = out.at(-1);
    if (prev && prev.key === s.key) prev.to = s.to;
    else out.push({ ...s });
  }
  return out;
}

/** Rounded to `digits` significant digits, up or down or to the nearest. */
export function significant(n: number, digits: number, mode: 'up' | 'down' | 'near'): number {
  if (n === 0) return 0;
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(n))) - digits + 1);
  const f = mode === 'up' ? Math.ceil : mode === 'down' ? Math.floor : Math.round;
  // Multiplying back can leave 95.00000000000001: read it back through its shortest decimal.
  return Number((f(n / scale) * scale).toPrecision(15));
}

/**
 * A value a person would write that still lies in the segment and still gives its outcome: "1,000" or "350,000"
 * rather than "347,812". An exact figure short enough to read stays exact ("999 or fewer"); a long one is rounded
 * to two or three significant digits when the rounded value still gives the outcome (`keyAt` confirms it).
 */
export function* readableValue(d: Domain, seg: Segment, side: 'start' | 'end', keyAt: KeyAt): Work<number> {
  const exact = side === 'start' ? seg.from : seg.to;
  const toward = side === 'start' ? 'up' : 'down';
  const candidates: number[] = [];
  if (significant(exact, 3, 'near') === exact) candidates.push(exact);
  for (const digits of [2, 3])
    candidates.push(significant(exact, digits, 'near'), significant(exact, digits, toward));
  candidates.push(exact);
  for (const c of candidates) {
    const v = snap(d, c);
    if (v < seg.from || v > seg.to) continue;
    if ((yield* keyAt(v)) === seg.key) return v;
  }
  return exact;
}
