/**
 * The plan's charts as small SVG drawings for the PDF, built from the plan's numbers (not from the on-screen
 * chart library, which needs a DOM). pdfmake draws SVG as vectors and its text as real, selectable PDF text.
 * Labels arrive already cleaned for the PDF font; they are XML-escaped here.
 */
import type { Range } from '@/domain/range';
import type { Chart } from './plan-document';
import { formatMoney, formatMoneyRange, formatWeeksExact } from '@/domain/format';

export const CHART_WIDTH = 495;
const LABEL_W = 130;
const VALUE_W = 80;
const PLOT_X = LABEL_W + 6;
const PLOT_W = CHART_WIDTH - PLOT_X - VALUE_W - 6;
const ROW_H = 18;
const BAR_H = 10;
const TOP = 4;
const AXIS_H = 22;
const FONT = 'font-family="Roboto" font-size="8"';

const COLORS = { dark: '#2f6db5', light: '#c5d8f0', track: '#eef1f5', axis: '#8a94a3', text: '#1a1a1a' };

export const xml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Roughly the characters of 8 pt Roboto that fit the label column; the full names are in the table below. */
const LABEL_CHARS = 30;
const fitLabel = (s: string): string =>
  s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1).trimEnd()}…` : s;

const n = (v: number): string => (Number.isFinite(v) ? Number(v.toFixed(2)).toString() : '0');

/** A round axis step giving at most `maxTicks` ticks up to `max`. */
export function niceStep(max: number, maxTicks = 6): number {
  if (!(max > 0)) return 1;
  const raw = max / maxTicks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  // No 2.5 steps: compact tick labels would round them ("$1.25k" reads "$1.3k").
  for (const m of [1, 2, 5, 10]) if (m * mag >= raw) return m * mag;
  return 10 * mag;
}

interface Row {
  label: string;
  value: string;
  bold?: boolean;
  /** Light band, then the dark core drawn over it, in axis units. */
  light?: Range;
  dark?: Range;
}

function rowsSvg(rows: Row[], axisMax: number, tickLabel: (v: number) => string, caption: string): string {
  const max = axisMax > 0 ? axisMax : 1;
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const x = (v: number): number => PLOT_X + (Math.min(Math.max(v, 0), top) / top) * PLOT_W;
  const height = TOP + rows.length * ROW_H + AXIS_H;
  const parts: string[] = [];

  rows.forEach((r, i) => {
    const y = TOP + i * ROW_H;
    const barY = y + (ROW_H - BAR_H) / 2;
    const weight = r.bold ? ' font-weight="bold"' : '';
    parts.push(
      `<text x="0" y="${n(y + 12)}" ${FONT}${weight} fill="${COLORS.text}">${xml(fitLabel(r.label))}</text>`,
    );
    parts.push(
      `<rect x="${n(PLOT_X)}" y="${n(barY)}" width="${n(PLOT_W)}" height="${BAR_H}" fill="${COLORS.track}"/>`,
    );
    for (const [band, fill] of [
      [r.light, COLORS.light],
      [r.dark, COLORS.dark],
    ] as const) {
      if (!band) continue;
      // A zero-width range still shows as a visible tick.
      const w = Math.max(x(band[1]) - x(band[0]), 1.5);
      parts.push(
        `<rect x="${n(x(band[0]))}" y="${n(barY)}" width="${n(w)}" height="${BAR_H}" fill="${fill}"/>`,
      );
    }
    parts.push(
      `<text x="${n(PLOT_X + PLOT_W + 6)}" y="${n(y + 12)}" ${FONT}${weight} fill="${COLORS.text}">${xml(r.value)}</text>`,
    );
  });

  const axisY = TOP + rows.length * ROW_H + 2;
  parts.push(
    `<line x1="${n(PLOT_X)}" y1="${n(axisY)}" x2="${n(PLOT_X + PLOT_W)}" y2="${n(axisY)}" stroke="${COLORS.axis}" stroke-width="0.5"/>`,
  );
  for (let v = 0; v <= top + 1e-9; v += step) {
    const tx = x(v);
    parts.push(
      `<line x1="${n(tx)}" y1="${n(axisY)}" x2="${n(tx)}" y2="${n(axisY + 3)}" stroke="${COLORS.axis}" stroke-width="0.5"/>`,
      `<text x="${n(tx)}" y="${n(axisY + 11)}" ${FONT} text-anchor="middle" fill="${COLORS.axis}">${xml(tickLabel(v))}</text>`,
    );
  }
  parts.push(
    `<text x="${n(PLOT_X + PLOT_W)}" y="${n(axisY + 20)}" ${FONT} text-anchor="end" fill="${COLORS.axis}">${xml(caption)}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${n(height)}" viewBox="0 0 ${CHART_WIDTH} ${n(height)}">${parts.join('')}</svg>`;
}

/**
 * Phases as floating bars on a week axis: dark from the earliest start to the end if every phase takes its
 * shortest estimate, light up to the end if every phase takes its longest.
 */
export function chartSvg(chart: Chart, clean: (s: string) => string = (s) => s): string {
  switch (chart.kind) {
    case 'timeline': {
      const rows: Row[] = chart.phases.map((p) => ({
        label: clean(p.label),
        value: formatWeeksExact(p.weeks),
        light: [p.start[0], p.start[1] + p.weeks[1]],
        dark: [p.start[0], p.start[0] + p.weeks[0]],
      }));
      rows.push({
        label: 'Total',
        value: formatWeeksExact(chart.total),
        bold: true,
        light: [0, chart.total[1]],
        dark: [0, chart.total[0]],
      });
      const max = Math.max(chart.total[1], ...rows.map((r) => r.light?.[1] ?? 0));
      return rowsSvg(
        rows,
        max,
        (v) => String(v),
        'weeks from the start (dark: shortest estimates; light: up to the longest)',
      );
    }
    case 'usd-ranges': {
      const rows: Row[] = chart.bars.map((b) => ({
        label: clean(b.label),
        value: formatMoneyRange(b.range),
        light: b.range,
      }));
      const max = Math.max(...chart.bars.map((b) => b.range[1]));
      return rowsSvg(rows, max, formatMoney, 'US dollars, low to high estimate');
    }
    case 'scores': {
      const rows: Row[] = chart.bars.map((b) => ({
        label: clean(b.label),
        value: `${Math.round(b.score)} / 100`,
        dark: [0, b.score],
      }));
      return rowsSvg(rows, 100, (v) => String(v), 'score out of 100');
    }
  }
}
