/**
 * CRC-32 (IEEE 802.3, the zlib/PNG polynomial). Chosen over a 32-bit FNV or murmur hash because a CRC comes with
 * a guarantee instead of a probability: it detects every error burst of up to 32 bits. A single changed base64url
 * character alters at most 6 adjacent bits of the decoded bytes, so every one-character change of a link is caught,
 * not just almost every one.
 */
const table = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(...parts: Uint8Array[]): number {
  let c = 0xffffffff;
  for (const bytes of parts)
    for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
