/**
 * No borrowed precision: a figure in the knowledge base either appears in the lines it cites, or is derived from
 * figures that do (its derivation names the line behind each figure it starts from), or is a stated assumption.
 * A rule citing "3–6 months" for an integration of "3–6 weeks" fails here.
 */
import type { Citation } from '@/domain/sources';

export interface Grounded {
  id: string;
  sources?: Citation[];
  derivation?: string;
  assumption?: string;
}

/** The numbers a text states, commas dropped: "$250,000–450,000" → [250000, 450000]. */
export const numbersIn = (text: string): number[] =>
  [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));

const seedOf: Record<string, string> = {
  '000': '000_472cadddb2d527a5.txt',
  '001': '001_888d50a6ff54db5d.txt',
  '002': '002_2ed8d2a805eff0b7.txt',
  '003': '003_ca3158b28e1532dd.txt',
  '004': '004_ee2b63b797ae1de1.txt',
};

const WEEKS_PER_MONTH = 52 / 12;
const UNIT = /^(?:\s*(?:to|–|-|and)\s*\$?\d[\d,]*(?:\.\d+)?)*\s*(weeks?|months?)\b/;

/** The time unit that follows a number (directly or after "to 6", "–6"), if any: "3 to 6 months" → months for 3. */
function unitAfter(text: string, end: number): 'week' | 'month' | undefined {
  const m = UNIT.exec(text.slice(end));
  return m ? (m[1]!.startsWith('week') ? 'week' : 'month') : undefined;
}

/** The durations a text states, in weeks: "3 to 6 months" → [13, 26], "4–8 weeks" → [4, 8]. */
export function weeksIn(text: string): number[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].flatMap((m) => {
    const n = Number(m[0].replace(/,/g, ''));
    const unit = unitAfter(text, m.index + m[0].length);
    return unit === 'week' ? [n] : unit === 'month' ? [Math.round(n * WEEKS_PER_MONTH)] : [];
  });
}

/**
 * Problems with one grounded item that carries `figures` (its ranges, flattened), given the seed lines. `unit` says
 * how the figures are measured, so weeks can be matched against months.
 */
export function figureProblems(
  item: Grounded,
  figures: number[],
  unit: 'weeks' | 'money' | 'other',
  seedLines: (file: string) => string[],
): string[] {
  if (figures.length === 0 || item.assumption) return [];
  const cited = (file: string, [a, b]: [number, number]) =>
    seedLines(file)
      .slice(a - 1, b)
      .join(' ');
  if (item.derivation) {
    const problems: string[] = [];
    const refs = [...item.derivation.matchAll(/\((\d{3}):(\d+)(?:[–-](\d+))?\)/g)];
    if (refs.length === 0) problems.push(`${item.id}: its derivation names no source line`);
    let from = 0;
    for (const ref of refs) {
      const [, f, a, b] = ref;
      const file = seedOf[f!]!;
      const lines: [number, number] = [Number(a), Number(b ?? a)];
      if (
        !(item.sources ?? []).some((s) => s.file === file && s.lines[0] <= lines[0] && s.lines[1] >= lines[1])
      )
        problems.push(`${item.id}: derivation cites ${f}:${a} but the item's sources do not`);
      // The figure a reference backs is the last one before it, in the unit it is written in.
      const text = item.derivation.slice(from, ref.index);
      const last = [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].at(-1);
      const line = cited(file, lines);
      if (!last) problems.push(`${item.id}: no figure before (${f}:${a})`);
      else {
        const n = Number(last[0].replace(/,/g, ''));
        const unit = unitAfter(text, last.index + last[0].length);
        const statedInUnit = unit
          ? [...line.matchAll(/\d[\d,]*(?:\.\d+)?/g)].some(
              (m) => Number(m[0].replace(/,/g, '')) === n && unitAfter(line, m.index + m[0].length) === unit,
            )
          : numbersIn(line).includes(n);
        if (!statedInUnit)
          problems.push(`${item.id}: ${n}${unit ? ` ${unit}s` : ''} is not stated in ${f}:${a}`);
      }
      from = ref.index + ref[0].length;
    }
    return problems;
  }
  // Cited without a derivation: every figure must be stated in the cited lines; weeks as a duration (months count).
  const texts = (item.sources ?? []).map((s) => cited(s.file, s.lines));
  const stated = texts.flatMap(unit === 'weeks' ? weeksIn : numbersIn);
  const matches = (n: number) => stated.includes(n);
  const missing = figures.filter((n) => n !== 0 && !matches(n));
  return missing.length
    ? [`${item.id}: ${missing.join(', ')} not stated in its sources; derive it or state it as an assumption`]
    : [];
}
