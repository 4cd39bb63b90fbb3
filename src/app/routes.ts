import { isShareFragment } from '@/features/share';

/** The questionnaire's address: a link to it skips the intro, and a reload after "Start" stays in it. */
export const START_HASH = '#start';

/** Whether a location hash asks for the questionnaire (or a shared plan) rather than the intro. */
export const opensSession = (hash: string): boolean => hash === START_HASH || isShareFragment(hash);
