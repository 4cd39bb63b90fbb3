/**
 * The bytes of an answers file as text. The browser import and the CLI both read files through this, so a file
 * one accepts the other accepts too: UTF-8 with or without a byte-order mark, and UTF-16 (either byte order, with
 * a mark, or without one when the JSON starts with an ASCII character as it always does). Anything else is named
 * rather than parsed into a confusing JSON error.
 */
export type DecodedText = { ok: true; text: string; encoding: string } | { ok: false; error: string };

const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

function decode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', skip: number): string {
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
}

/** The offset of the first byte that is not valid UTF-8 (the well-formed table of Unicode §3.9), for the message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let len: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) len = 1;
    else if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += len;
  }
  return -1;
}

export function decodeAnswersBytes(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2, b3] = bytes;
  if (
    (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) ||
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
  )
    return { ok: false, error: 'The file is UTF-32 text, which Scopewise does not read: save it as UTF-8.' };
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let skip = 0;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) skip = 3;
  else if (b0 === 0xff && b1 === 0xfe) [encoding, skip] = ['utf-16le', 2];
  else if (b0 === 0xfe && b1 === 0xff) [encoding, skip] = ['utf-16be', 2];
  // Without a mark, UTF-16 shows itself by a zero byte beside the first ASCII character ("{" or whitespace).
  else if (bytes.length >= 2 && b0 !== 0 && b1 === 0) encoding = 'utf-16le';
  else if (bytes.length >= 2 && b0 === 0 && b1 !== 0) encoding = 'utf-16be';
  try {
    return { ok: true, text: decode(bytes, encoding, skip), encoding };
  } catch {
    if (encoding !== 'utf-8')
      return {
        ok: false,
        error: `The file looks like ${encoding.toUpperCase()} text but is not valid: save it as UTF-8.`,
      };
    const at = firstInvalidUtf8(bytes.subarray(skip)) + skip;
    return {
      ok: false,
      error: `The file is not valid UTF-8 text (byte ${hex(bytes[at] ?? 0)} at position ${at}): save it as UTF-8.`,
    };
  }
}
