/**
 * Inflate with a hard output cap. fflate's one-shot inflate grows its buffer to whatever the stream asks for, so
 * untrusted input goes through the streaming inflater in small slices, counting output bytes and stopping as soon
 * as the cap is passed: a bomb costs at most one slice's worth of work past the cap.
 */
import { Inflate } from 'fflate';

// Each push costs fflate a 128 KiB scratch buffer, so slices are not tiny; 256 input bytes can still inflate to at
// most ~264 KiB (deflate tops out near 1032:1), which bounds the work done past the cap.
const SLICE = 256;

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  /** `read`: how many input bytes were fed in before stopping, which shows the cap acted early. */
  | { ok: false; why: 'too-large'; read: number }
  | { ok: false; why: 'corrupt' };

export function inflateCapped(input: Uint8Array, maxOutput: number): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= maxOutput) chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < input.length; i += SLICE) {
      const end = Math.min(i + SLICE, input.length);
      inflater.push(input.subarray(i, end), end === input.length);
      if (total > maxOutput) return { ok: false, why: 'too-large', read: end };
    }
    if (input.length === 0) return { ok: false, why: 'corrupt' };
  } catch {
    return { ok: false, why: 'corrupt' };
  }
  if (!ended) return { ok: false, why: 'corrupt' };
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return { ok: true, bytes: out };
}
