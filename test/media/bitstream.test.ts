import { describe, expect, it } from 'vitest';
import { BitWriter } from '../../src/media/bit-writer.js';
import { lengthPrefixed, nalUnit } from '../../src/media/nal-unit.js';

function bitsOf(write: (bits: BitWriter) => void): string {
  const bits = new BitWriter(1);
  write(bits);
  bits.alignZero();
  return [...bits.finish()].map((byte) => byte.toString(2).padStart(8, '0')).join('');
}

describe('BitWriter', () => {
  it.each([
    [0, '1'],
    [1, '010'],
    [2, '011'],
    [3, '00100'],
    [8, '0001001'],
    [36863, '000000000000000' + '1001000000000000'],
  ])('ue(%i) = %s', (value, code) => {
    expect(bitsOf((bits) => bits.ue(value)).startsWith(code)).toBe(true);
  });

  it.each([
    [0, '1'],
    [1, '010'],
    [-1, '011'],
    [2, '00100'],
    [-2, '00101'],
  ])('se(%i) = %s', (value, code) => {
    expect(bitsOf((bits) => bits.se(value)).startsWith(code)).toBe(true);
  });

  it('writes wide fields, trailing bits and aligned byte runs', () => {
    expect(bitsOf((bits) => bits.u(32, 0x80000001))).toBe(`1${'0'.repeat(30)}1`);
    expect(
      bitsOf((bits) => {
        bits.u(3, 0b101);
        bits.trailingBits();
      }),
    ).toBe('10110000');
    const bits = new BitWriter(2);
    bits.u(8, 1);
    bits.bytes(new Uint8Array([2, 3, 4]));
    expect([...bits.finish()]).toEqual([1, 2, 3, 4]);
    bits.u(1, 1);
    expect(() => bits.bytes(new Uint8Array([5]))).toThrow();
  });
});

describe('nalUnit', () => {
  it('inserts emulation-prevention bytes before 0x00-0x03 after two zeros', () => {
    expect([...nalUnit(5, 3, new Uint8Array([0, 0, 0, 0, 0, 1, 0, 0, 2, 0, 0, 3, 0, 0, 4, 0x80]))]).toEqual([
      0x65, 0, 0, 3, 0, 0, 3, 0, 1, 0, 0, 3, 2, 0, 0, 3, 3, 0, 0, 4, 0x80,
    ]);
    expect([...nalUnit(7, 3, new Uint8Array([0x42, 0, 0]))]).toEqual([0x67, 0x42, 0, 0, 3]);
  });

  it('prefixes each NAL unit with its 4-byte length', () => {
    expect([...lengthPrefixed([new Uint8Array([9, 8]), new Uint8Array([7])])]).toEqual([0, 0, 0, 2, 9, 8, 0, 0, 0, 1, 7]);
  });
});
