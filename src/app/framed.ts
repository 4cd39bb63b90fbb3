/** True inside a frame; a cross-origin parent can still be compared, never read. */
export function isFramed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}
