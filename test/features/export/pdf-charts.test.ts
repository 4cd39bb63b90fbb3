// @vitest-environment jsdom
import { chartSvg, niceStep, wrapLabel, xml } from '@/features/export/pdf-charts';

const parse = (svg: string): Document => {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
};
const texts = (doc: Document): string[] =>
  [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');

describe('PDF charts', () => {
  it('picks round axis steps', () => {
    expect(niceStep(41)).toBe(10);
    expect(niceStep(9)).toBe(2);
    expect(niceStep(68_000)).toBe(20_000);
    expect(niceStep(100)).toBe(20);
    expect(niceStep(0)).toBe(1);
  });

  it('draws each phase as two bars, shortest and longest schedule, each as long as the phase itself', () => {
    const doc = parse(
      chartSvg({
        kind: 'timeline',
        title: 'Phases',
        phases: [
          { label: 'Scoping', start: [0, 0], weeks: [1, 2] },
          { label: 'A phase name far too long for the label column', start: [1, 2], weeks: [4, 8] },
          { label: 'Rollout', start: [5, 10], weeks: [0, 0.5] },
        ],
        total: [5, 10.5],
      }),
    );
    const rects = [...doc.getElementsByTagName('rect')].map((r) => ({
      x: Number(r.getAttribute('x')),
      y: Number(r.getAttribute('y')),
      w: Number(r.getAttribute('width')),
    }));
    // Per row: the track, the light bar (longest schedule) and the dark bar (shortest schedule).
    expect(rects).toHaveLength(12);
    const [track, light, dark] = rects.slice(3, 6);
    const unit = dark!.w / 4;
    expect(light!.w).toBeCloseTo(8 * unit, 1);
    expect(dark!.x - track!.x).toBeCloseTo(1 * unit);
    expect(light!.x - track!.x).toBeCloseTo(2 * unit);
    // One above the other, not one over the other.
    expect(light!.y).toBeGreaterThan(dark!.y);
    // A half-week rollout is a half-week bar at the end, not a bar reaching back over the whole project.
    const [, rolloutLight] = rects.slice(6, 9);
    expect(rolloutLight!.w).toBeCloseTo(0.5 * unit, 1);
    expect(rolloutLight!.x - track!.x).toBeCloseTo(10 * unit, 1);
    const labels = texts(doc);
    expect(labels).toContain('Scoping');
    // Wrapped onto two lines, never cut.
    expect(labels).toContain('A phase name far too long for');
    expect(labels).toContain('the label column');
    expect(labels.some((l) => l.includes('…'))).toBe(false);
    expect(labels).toContain('Total');
    expect(labels).toContain('5–10.5 weeks');
    expect(labels).toEqual(expect.arrayContaining(['0', '2', '4', '6', '8', '10', '12']));
  });

  it('wraps labels at words and splits only a word longer than a line', () => {
    expect(wrapLabel('Regulatory approval', 29)).toEqual(['Regulatory approval']);
    expect(wrapLabel('Compliance work and documentation', 20)).toEqual([
      'Compliance work and',
      'documentation',
    ]);
    expect(wrapLabel('Supercalifragilisticexpialidocious', 10)).toEqual([
      'Supercalif',
      'ragilistic',
      'expialidoc',
      'ious',
    ]);
    expect(wrapLabel('')).toEqual(['']);
  });

  it('labels cost ranges in compact dollars and scores out of 100, escaping label text', () => {
    const costs = parse(
      chartSvg({
        kind: 'money-ranges',
        symbol: '$',
        title: 'Monthly',
        bars: [{ label: 'Hosting & <ops>', range: [300, 1_500] }],
      }),
    );
    expect(texts(costs)).toEqual(
      expect.arrayContaining(['Hosting & <ops>', '$300–1.5k', '$0', '$500', '$1k', '$1.5k']),
    );
    const scores = parse(
      chartSvg({ kind: 'scores', title: 'Readiness', bars: [{ label: 'Data', score: 45 }] }),
    );
    expect(texts(scores)).toEqual(expect.arrayContaining(['Data', '45 / 100', '0', '100']));
    expect(xml(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&#39;');
  });
});
