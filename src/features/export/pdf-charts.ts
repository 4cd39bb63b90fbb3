/**
 * The plan's charts as small SVG drawings for the PDF, built from the plan's numbers (not from the on-screen
 * chart library, which needs a DOM). pdfmake draws SVG as vectors and its text as real, selectable PDF text.
 * Labels arrive already cleaned for the PDF font; they are XML-escaped here.
 */
import { niceStep } from '@/domain/axis';
import type { Range } from '@/domain/range';
import type { Chart } from './plan-document';
import { formatMoney, formatMoneyRange, formatWeeksExact } from '@/domain/format';

export { niceStep };

export const CHART_WIDTH = 495;
const LABEL_W = 130;
const VALUE_W = 80;
const PLOT_X = LABEL_W + 6;
const PLOT_W = CHART_WIDTH - PLOT_X - VALUE_W - 6;
const ROW_H = 18;
/** Extra height per wrapped label line beyond the first. */
const LINE_H = 9.5;
const BAR_H = 10;
const TOP = 4;
const AXIS_H = 22;
const FONT = 'font-family="Roboto" font-size="8"';

const COLORS = {
  dark: '#2f6db5',
  light: '#c5d8f0',
  parallelDark: '#6b4c9a',
  parallelLight: '#d9cdea',
  track: '#eef1f5',
  axis: '#8a94a3',
  text: '#1a1a1a',
};

export const xml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * Roughly the characters of 8 pt Roboto that fit the label column (average glyphs are narrower than this
 * allows). Longer labels wrap onto more lines, never cut: the row grows to hold them.
 */
const LABEL_CHARS = 29;

/** Words onto lines of at most `max` characters; a word longer than a line is split. */
export function wrapLabel(text: string, max = LABEL_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > max) {
      if (line) lines.push(line);
      lines.push(w.slice(0, max));
      w = w.slice(max);
      line = '';
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= max) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

const n = (v: number): string => (Number.isFinite(v) ? Number(v.toFixed(2)).toString() : '0');

interface Row {
  label: string;
  value: string;
  bold?: boolean;
  /** Light band, then the dark core drawn over it, in axis units. */
  light?: Range;
  dark?: Range;
  /** Dark and light as two thinner bars one above the other (two schedules) rather than one over the other. */
  split?: boolean;
  parallel?: boolean;
}

function rowsSvg(rows: Row[], axisMax: number, tickLabel: (v: number) => string, caption: string): string {
  const max = axisMax > 0 ? axisMax : 1;
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const x = (v: number): number => PLOT_X + (Math.min(Math.max(v, 0), top) / top) * PLOT_W;
  const parts: string[] = [];

  let y = TOP;
  for (const r of rows) {
    const lines = wrapLabel(r.label);
    const rowH = ROW_H + (lines.length - 1) * LINE_H;
    const barY = y + (rowH - BAR_H) / 2;
    const weight = r.bold ? ' font-weight="bold"' : '';
    lines.forEach((line, i) =>
      parts.push(
        `<text x="0" y="${n(y + 12 + i * LINE_H)}" ${FONT}${weight} fill="${COLORS.text}">${xml(line)}</text>`,
      ),
    );
    parts.push(
      `<rect x="${n(PLOT_X)}" y="${n(barY)}" width="${n(PLOT_W)}" height="${BAR_H}" fill="${COLORS.track}"/>`,
    );
    const dark = r.parallel ? COLORS.parallelDark : COLORS.dark;
    const light = r.parallel ? COLORS.parallelLight : COLORS.light;
    const half = (BAR_H - 1) / 2;
    for (const [band, fill, bandY, bandH] of [
      [r.light, light, r.split ? barY + half + 1 : barY, r.split ? half : BAR_H],
      [r.dark, dark, barY, r.split ? half : BAR_H],
    ] as const) {
      if (!band) continue;
      // A zero-width range still shows as a visible tick.
      const w = Math.max(x(band[1]) - x(band[0]), 1.5);
      parts.push(
        `<rect x="${n(x(band[0]))}" y="${n(bandY)}" width="${n(w)}" height="${n(bandH)}" fill="${fill}"/>`,
      );
    }
    parts.push(
      `<text x="${n(PLOT_X + PLOT_W + 6)}" y="${n(y + 12)}" ${FONT}${weight} fill="${COLORS.text}">${xml(r.value)}</text>`,
    );
    y += rowH;
  }

  const axisY = y + 2;
  const height = axisY - 2 + AXIS_H;
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
 * Phases on a week axis as two schedules, like the results page: a dark bar where the phase runs if every phase
 * takes its shortest estimate, a light one below it where it runs if every phase takes its longest. Each bar is
 * as long as the phase itself in that schedule. The total row spans the whole project in both.
 */
export function chartSvg(chart: Chart, clean: (s: string) => string = (s) => s): string {
  switch (chart.kind) {
    case 'timeline': {
      const rows: Row[] = chart.phases.map((p) => ({
        label: clean(p.label),
        value: formatWeeksExact(p.weeks),
        dark: [p.start[0], p.start[0] + p.weeks[0]],
        light: [p.start[1], p.start[1] + p.weeks[1]],
        split: true,
        parallel: p.parallel === true,
      }));
      rows.push({
        label: 'Total',
        value: formatWeeksExact(chart.total),
        bold: true,
        dark: [0, chart.total[0]],
        light: [0, chart.total[1]],
        split: true,
      });
      const max = Math.max(chart.total[1], ...rows.map((r) => r.light?.[1] ?? 0));
      return rowsSvg(
        rows,
        max,
        (v) => String(v),
        'weeks from the start (dark: every phase at its shortest estimate; light: at its longest)',
      );
    }
    case 'money-ranges': {
      const rows: Row[] = chart.bars.map((b) => ({
        label: clean(b.label),
        value: formatMoneyRange(b.range, chart.symbol),
        light: b.range,
      }));
      const max = Math.max(...chart.bars.map((b) => b.range[1]));
      return rowsSvg(rows, max, (v) => formatMoney(v, chart.symbol), `${chart.symbol}, low to high estimate`);
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
