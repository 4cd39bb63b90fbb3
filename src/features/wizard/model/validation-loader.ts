/**
 * The first screen needs no validator: zod only runs once the user has typed, left a field, pressed Next,
 * imported a file, or when a saved draft is read. So the validation chunk is fetched just after the first
 * paint, and the few callers that need it before then wait for it.
 */
type Validation = typeof import('./validation');

let loaded: Validation | undefined;
let loading: Promise<Validation> | undefined;

/** Browsers remember a module that failed to load for the life of the page: a failure here needs a reload. */
export function loadValidation(): Promise<Validation> {
  return (loading ??= import('./validation').then((m) => (loaded = m)));
}

/**
 * Runs `task` at once when validation is loaded, otherwise as soon as it is. Calls made while it loads run in
 * the order they were made, so a burst of early keystrokes is applied in sequence.
 */
export function withValidation(task: (v: Validation) => void, onFailure: (error: unknown) => void): void {
  if (loaded) task(loaded);
  else loadValidation().then(task, onFailure);
}
