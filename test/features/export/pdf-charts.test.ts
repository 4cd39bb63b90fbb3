// @vitest-environment jsdom
import { chartSvg, niceStep, xml } from '@/features/export/pdf-charts';

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

  it('draws the timeline as floating bars from the earliest start, with a total row and a week axis', () => {
    const doc = parse(
      chartSvg({
        kind: 'timeline',
        title: 'Phases',
        phases: [
          { label: 'Scoping', start: [0, 0], weeks: [1, 2] },
          { label: 'A phase name far too long for the label column', start: [1, 2], weeks: [4, 8] },
        ],
        total: [5, 10],
      }),
    );
    const rects = [...doc.getElementsByTagName('rect')];
    // Per row: the track, the light band (start → latest end) and the dark core (shortest duration).
    expect(rects).toHaveLength(9);
    const [, light, dark] = rects
      .slice(3, 6)
      .map((r) => ({ x: Number(r.getAttribute('x')), w: Number(r.getAttribute('width')) }));
    expect(light!.x).toBeCloseTo(dark!.x);
    expect(light!.w).toBeGreaterThan(dark!.w);
    const labels = texts(doc);
    expect(labels).toContain('Scoping');
    expect(labels).toContain('A phase name far too long for…');
    expect(labels).toContain('Total');
    expect(labels).toContain('5–10 weeks');
    expect(labels).toEqual(expect.arrayContaining(['0', '2', '4', '6', '8', '10']));
  });

  it('labels cost ranges in compact dollars and scores out of 100, escaping label text', () => {
    const costs = parse(
      chartSvg({
        kind: 'usd-ranges',
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
