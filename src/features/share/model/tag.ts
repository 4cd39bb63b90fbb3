/**
 * The clear-text version tag every share link starts with. Its own module, free of the codec and deflate code,
 * so the app shell can route on it at first load.
 */
export const TAG_PATTERN = /^s(0|[1-9]\d{0,5})\./;

/**
 * True when a location hash looks like a share link of any version, good or bad, so the shell routes it to the
 * shared view (which explains a bad one) instead of silently ignoring it.
 */
export const isShareFragment = (hash: string): boolean =>
  typeof hash === 'string' && TAG_PATTERN.test(hash.startsWith('#') ? hash.slice(1) : hash);
