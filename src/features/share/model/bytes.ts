/**
 * Growable byte writer and bounds-checked reader for the positional link body. Numbers are unsigned LEB128
 * varints (zigzag for signed values), computed with arithmetic rather than bit operators so the whole safe-integer
 * range survives, not just 32 bits.
 */

/** A structural problem found while reading; the decoder turns it into a DecodeResult, it never reaches the UI. */
export class ReadError extends Error {
  constructor(
    readonly kind: 'malformed' | 'unknown',
    message: string,
  ) {
    super(message);
  }
}

export class ByteWriter {
  private buf = new Uint8Array(256);
  private len = 0;

  private ensure(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + extra));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number): this {
    this.ensure(1);
    this.buf[this.len++] = b & 0xff;
    return this;
  }

  bytes(b: Uint8Array): this {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
    return this;
  }

  uvarint(n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`uvarint out of range: ${n}`);
    while (n >= 0x80) {
      this.byte((n % 0x80) + 0x80);
      n = Math.floor(n / 0x80);
    }
    return this.byte(n);
  }

  svarint(n: number): this {
    return this.uvarint(zigzag(n));
  }

  float64(n: number): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, n, true);
    return this.bytes(b);
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

export const zigzag = (n: number): number => (n >= 0 ? n * 2 : -n * 2 - 1);
export const unzigzag = (z: number): number => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

export class ByteReader {
  private pos = 0;
  constructor(private readonly buf: Uint8Array) {}

  get offset(): number {
    return this.pos;
  }

  get done(): boolean {
    return this.pos >= this.buf.length;
  }

  byte(): number {
    if (this.pos >= this.buf.length) throw new ReadError('malformed', 'ends too early');
    return this.buf[this.pos++]!;
  }

  bytes(n: number): Uint8Array {
    if (n < 0 || n > this.buf.length - this.pos) throw new ReadError('malformed', 'ends too early');
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** At most 8 bytes (56 bits), no value above 2^53 − 1, and no redundant trailing zero groups. */
  uvarint(): number {
    let n = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (b < 0x80) {
        if (b === 0 && i > 0) throw new ReadError('malformed', 'non-canonical number');
        if (!Number.isSafeInteger(n)) throw new ReadError('malformed', 'number too large');
        return n;
      }
      scale *= 0x80;
    }
    throw new ReadError('malformed', 'number too long');
  }

  svarint(): number {
    return unzigzag(this.uvarint());
  }

  float64(): number {
    const b = this.bytes(8);
    return new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true);
  }
}
