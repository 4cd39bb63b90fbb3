/**
 * The app's addresses. Each screen of the questionnaire has its own (`#quick`, `#use-case-2`, `#review`, `#plan`),
 * so Back and Forward move between screens, and a reload, a bookmark or a link lands on the screen it names;
 * `#start` opens the questionnaire where the saved draft left off. Share links (`#s2.…`) are the shared view.
 * Plain strings, no catalogue: the first load routes on them before the questionnaire's code arrives.
 */
import { isShareFragment } from '@/features/share';
import { pageIds } from '@/domain/questions/page-ids';

/** The questionnaire where the draft left off: a link to it skips the intro. */
export const START_HASH = '#start';

/** A screen of the questionnaire: one of its pages, the review, or the results. */
export type Screen = (typeof pageIds)[number] | 'review' | 'results';

const slug = (page: string) => page.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const bySlug: ReadonlyMap<string, Screen> = new Map<string, Screen>([
  ...pageIds.map((p) => [`#${slug(p)}`, p] as const),
  ['#review', 'review'],
  ['#plan', 'results'],
]);

/** The address of a screen. */
export const hashOf = (screen: Screen): string => (screen === 'results' ? '#plan' : `#${slug(screen)}`);

/** The screen an address names, if it names one. */
export const screenOf = (hash: string): Screen | undefined => bySlug.get(hash);

/** Whether an address asks for the questionnaire (or a shared plan) rather than the intro. */
export const opensSession = (hash: string): boolean =>
  hash === START_HASH || bySlug.has(hash) || isShareFragment(hash);

/** Said when the app itself changes the address (pushState and replaceState fire no event of their own). */
const NAVIGATED = 'scopewise:navigated';

/** Moves the address to `hash`: a new history entry, or in place of the current one. */
export function navigate(hash: string, how: 'push' | 'replace'): void {
  if (window.location.hash === hash) return;
  const url = window.location.pathname + window.location.search + hash;
  if (how === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATED));
}

/** Calls `onChange` whenever the address changes, by the browser (Back, Forward, a link) or by `navigate`. */
export function onAddressChange(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}
