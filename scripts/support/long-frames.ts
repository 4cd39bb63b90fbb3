/**
 * Long Animation Frames, as `npm run perf` and `npm run latency` read them: what kept a page's main thread busy
 * (the scripts each frame ran, and its rendering), to say why a task or an interaction was slow.
 */
import type { Page } from 'playwright-core';

/** A long animation frame: when, how long its rendering took, and the scripts it ran. */
export interface Frame {
  start: number;
  end: number;
  /** From the start of rendering (animation frame callbacks, style, layout, paint) to the frame's end. */
  render: number;
  /** From the start of style and layout to the frame's end. */
  layout: number;
  scripts: { what: string; duration: number; forced: number }[];
}

/**
 * Records every long animation frame from the very start of each document (`context.addInitScript`). A string,
 * not a function: tsx would wrap named functions in a helper the page does not have.
 */
export const RECORD_LONG_FRAMES = `(() => {
  window.__frames = [];
  try {
    new PerformanceObserver((list) => {
      for (const f of list.getEntries())
        window.__frames.push({
          start: f.startTime,
          end: f.startTime + f.duration,
          render: f.renderStart ? f.startTime + f.duration - f.renderStart : 0,
          layout: f.styleAndLayoutStart ? f.startTime + f.duration - f.styleAndLayoutStart : 0,
          scripts: f.scripts.map((s) => ({
            what: s.sourceURL === s.invoker ? 'evaluating ' + s.sourceURL.replace(/^.*\\//, '')
              : (s.sourceURL || '').replace(/^.*\\//, '') + ' ' + s.invoker,
            duration: s.duration,
            forced: s.forcedStyleAndLayoutDuration,
          })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})()`;

export function readFrames(page: Page): Promise<Frame[]> {
  return page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames.slice());
}

/** The scripts of at least `minMs` and the rendering of these frames, in words. */
export function describeFrames(frames: Frame[], minMs: number): string {
  const parts = frames
    .flatMap((f) => f.scripts)
    .filter((x) => x.duration >= minMs)
    .map(
      (x) =>
        `${x.what} ${Math.round(x.duration)} ms${x.forced >= 5 ? ` (forced layout ${Math.round(x.forced)})` : ''}`,
    );
  const render = frames.reduce((t, f) => t + f.render, 0);
  const layout = frames.reduce((t, f) => t + f.layout, 0);
  if (render >= minMs) parts.push(`rendering ${Math.round(render)} ms (style+layout ${Math.round(layout)})`);
  return parts.join('; ') || `no script of ${minMs} ms or more`;
}
