/**
 * Runs `run` just after the browser has painted the next frame: a timer set from the last callback before that
 * paint. A hidden page paints nothing, so there it runs on the next turn instead.
 */
export function afterNextPaint(run: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState !== 'visible')
    setTimeout(run, 0);
  else requestAnimationFrame(() => setTimeout(run, 0));
}
