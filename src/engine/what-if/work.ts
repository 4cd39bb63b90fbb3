/**
 * Work that can pause between two evaluations of the engine: a generator that yields before each one. A page
 * runs it a few milliseconds at a time between frames (a phone spends several milliseconds per evaluation, and an
 * analysis makes hundreds); the CLI and the tests run it to the end at once. Both get the same result.
 */
export type Work<T> = Generator<void, T, void>;

/** Runs work to its end, without pausing. */
export function finish<T>(work: Work<T>): T {
  for (;;) {
    const r = work.next();
    if (r.done) return r.value;
  }
}

/** A pause point, then the value: `const p = yield* paused(() => prober.probe(changes))`. */
export function* paused<T>(f: () => T): Work<T> {
  yield;
  return f();
}
