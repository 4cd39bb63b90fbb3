/** What the app shell and the share UI use: routing, URL building and the length budget. */
import type { Answers } from '@/domain/questions';
import { encodeShareFragment } from './codec';
import { TAG_PATTERN } from './frame';

/** Above this many characters some mail clients and chat apps break links; the UI offers the file instead. */
export const SHARE_LINK_WARN_LENGTH = 2000;

/**
 * True when a location hash looks like a share link of any version, good or bad, so the shell routes it to the
 * shared view (which explains a bad one) instead of silently ignoring it.
 */
export const isShareFragment = (hash: string): boolean =>
  typeof hash === 'string' && TAG_PATTERN.test(hash.startsWith('#') ? hash.slice(1) : hash);

/** `baseHref` is the page's address; any hash it has is replaced by the fragment. */
export function buildShareUrl(baseHref: string, fragment: string): string {
  const hashAt = baseHref.indexOf('#');
  return `${hashAt < 0 ? baseHref : baseHref.slice(0, hashAt)}#${fragment}`;
}

/** Length of the full link for these answers; with no base, the fragment with its '#'. */
export const shareLinkLength = (answers: Answers, baseHref = ''): number =>
  buildShareUrl(baseHref, encodeShareFragment(answers)).length;
