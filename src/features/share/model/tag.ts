/**
 * The clear-text version tag every share link starts with, and what counts as "looks like one of our links". Its
 * own module, free of the codec and deflate code, so the app shell can route on it at first load.
 */
export const TAG_PATTERN = /^s(0|[1-9]\d{0,5})\./;

/**
 * What a damaged link of ours looks like, so it gets an explanation instead of the user's draft in silence:
 * - `s` and a digit, in any case: how every link we ever wrote starts (`S1.…`, `s01.…`, `s1000000.…`, `s1`);
 * - a short, mangled prefix, a dot and a run of base64url (`x1.…`, `s..…`);
 * - a long run of base64url alone (a link that lost its tag).
 * The app's own fragments (`#start`, `#main`) match none of these.
 */
const SHARE_LIKE = [/^s\d/i, /^.{0,12}\.[\w-]{20}/, /^[\w-]{40,}$/];

const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '>', "'", '"', ' ', '\t', '\n', '\r']);

/**
 * The fragment as its sender wrote it. Browsers percent-encode some characters of a pasted link (`>` becomes
 * `%3E`), some mail clients encode the whole fragment once or twice, and mail and chat glue `>`, `)`, `.` or `,`
 * (or an HTML-escaped `&gt;`) to its end. None of those characters can be part of a link (base64url has none),
 * so undoing them cannot change what the checksum then verifies. Linear in the input, whatever it is.
 */
export function normalizeFragment(hash: string): string {
  let text = hash.startsWith('#') ? hash.slice(1) : hash;
  for (let layer = 0; layer < 3 && text.includes('%'); layer++) {
    try {
      text = decodeURIComponent(text);
    } catch {
      break;
    }
  }
  let start = 0;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  let end = text.length;
  for (;;) {
    if (end > start && TRAILING.has(text[end - 1]!)) end--;
    else if (end - 4 >= start && text.slice(end - 4, end).toLowerCase() === '&gt;') end -= 4;
    else if (end - 3 >= start && text.slice(end - 3, end).toLowerCase() === '&gt') end -= 3;
    else break;
  }
  return text.slice(start, end);
}

/** True when the text (already normalised) looks like a link of ours, good or damaged. */
export const looksLikeShare = (normalized: string): boolean => SHARE_LIKE.some((p) => p.test(normalized));

/**
 * True when a location hash looks like a share link of any version, good or bad, so the shell routes it to the
 * shared view (which explains a bad one) instead of silently showing the user's own draft.
 */
export const isShareFragment = (hash: string): boolean =>
  typeof hash === 'string' && looksLikeShare(normalizeFragment(hash));
