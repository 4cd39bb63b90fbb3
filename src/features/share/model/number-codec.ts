import { ReadError, zigzag, unzigzag, type ByteReader, type ByteWriter } from './bytes';

/**
 * One number encoding for every number question, whatever its `integer` flag says today, so flipping that flag
 * later never changes how old links read. A number is a decimal mantissa and a scale (digits after the point)
 * packed in one varint: `zigzag(mantissa) * 16 + scale`. Scale 15 means an IEEE double follows (anything that
 * is not a short decimal), so every finite number round-trips exactly.
 */
const FLOAT = 15;
const MAX_MANTISSA = 2 ** 47; // keeps zigzag(m) * 16 + 15 below 2^53

export function writeNumber(w: ByteWriter, value: number): void {
  const n = Object.is(value, -0) ? 0 : value;
  for (let scale = 0; scale < FLOAT; scale++) {
    const p = 10 ** scale;
    const m = Math.round(n * p);
    if (Math.abs(m) <= MAX_MANTISSA && m / p === n) {
      w.uvarint(zigzag(m) * 16 + scale);
      return;
    }
  }
  w.uvarint(FLOAT).float64(n);
}

export function readNumber(r: ByteReader): number {
  const h = r.uvarint();
  const scale = h % 16;
  const z = Math.floor(h / 16);
  if (scale === FLOAT) {
    if (z !== 0) throw new ReadError('malformed', 'bad number header');
    const n = r.float64();
    if (!Number.isFinite(n)) throw new ReadError('malformed', 'not a finite number');
    return n;
  }
  const n = unzigzag(z) / 10 ** scale;
  return Object.is(n, -0) ? 0 : n;
}
