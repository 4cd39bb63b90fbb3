import fc from 'fast-check';
import { fromBase64url, toBase64url } from '@/features/share/model/base64url';
import { crc32 } from '@/features/share/model/crc32';

describe('base64url', () => {
  it('round-trips any bytes, with a single spelling', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64url(text)).toEqual(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      }),
      { numRuns: 500 },
    );
  });

  it('rejects impossible lengths, foreign characters and non-zero unused bits', () => {
    expect(fromBase64url('A')).toBeUndefined();
    expect(fromBase64url('AAAAA')).toBeUndefined();
    expect(fromBase64url('AA==')).toBeUndefined();
    expect(fromBase64url('A+A/')).toBeUndefined();
    expect(fromBase64url('AAé')).toBeUndefined();
    expect(fromBase64url('AB')).toBeUndefined(); // lenient decoders read this as [0]
    expect(fromBase64url('AAB')).toBeUndefined();
    expect(fromBase64url('AA')).toEqual(new Uint8Array([0]));
    expect(fromBase64url('')).toEqual(new Uint8Array(0));
  });
});

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('is the same over parts as over the whole', () => {
    const all = new TextEncoder().encode('s1.hello world');
    expect(crc32(all.subarray(0, 3), all.subarray(3))).toBe(crc32(all));
  });
});
