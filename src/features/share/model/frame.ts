/**
 * The envelope every format shares: `s<version>.` in clear text, then base64url of
 * `crc32 (4 bytes, big-endian) ‖ varint(content length) ‖ content`. The CRC covers the tag, the length and the
 * content, so a link cannot be re-tagged as another version unnoticed; the stored length makes every truncation a
 * certain failure rather than a likely one.
 */
import { fromBase64url, toBase64url } from './base64url';
import { ByteReader, ByteWriter } from './bytes';
import { crc32 } from './crc32';
import { TAG_PATTERN } from './tag';

export { TAG_PATTERN };

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const tagOf = (version: number): string => `s${version}.`;

export function frame(version: number, content: Uint8Array): string {
  const tag = tagOf(version);
  const len = new ByteWriter().uvarint(content.length).finish();
  const crc = crc32(ascii(tag), len, content);
  const head = new Uint8Array([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]);
  return tag + toBase64url(new ByteWriter().bytes(head).bytes(len).bytes(content).finish());
}

/**
 * The content, or undefined on any mismatch (returned rather than thrown: the tamper tests run this a few hundred
 * thousand times). The caller has already matched TAG_PATTERN.
 */
export function unframe(version: number, payload: string): Uint8Array | undefined {
  const bytes = fromBase64url(payload);
  if (!bytes || bytes.length < 5) return undefined;
  const stored = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const r = new ByteReader(bytes);
  r.bytes(4);
  const length = r.uvarint();
  const lenBytes = bytes.subarray(4, r.offset);
  if (length !== bytes.length - r.offset) return undefined;
  const content = r.bytes(length);
  if (!r.done) return undefined;
  if (crc32(ascii(tagOf(version)), lenBytes, content) !== stored) return undefined;
  return content;
}
