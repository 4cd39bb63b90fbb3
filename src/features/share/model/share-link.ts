/** What the app shell and the share UI use: routing, URL building and the length budget. */
import type { Answers } from '@/domain/questions';
import { encodeShareFragment } from './codec';

/** Above this many characters some mail clients and chat apps break links; the UI offers the file instead. */
export const SHARE_LINK_WARN_LENGTH = 2000;

export { isShareFragment } from './tag';

/** `baseHref` is the page's address; any hash it has is replaced by the fragment. */
export function buildShareUrl(baseHref: string, fragment: string): string {
  const hashAt = baseHref.indexOf('#');
  return `${hashAt < 0 ? baseHref : baseHref.slice(0, hashAt)}#${fragment}`;
}

/** Length of the full link for these answers; with no base, the fragment with its '#'. */
export const shareLinkLength = (answers: Answers, baseHref = ''): number =>
  buildShareUrl(baseHref, encodeShareFragment(answers)).length;
