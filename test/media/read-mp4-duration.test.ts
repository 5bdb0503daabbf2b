import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMp4Duration, renderMp4 } from '../../src/media/index.js';

/** ISO BMFF box from a type and payload bytes. */
function box(type: string, ...payload: Uint8Array[]): Uint8Array {
  const body = Buffer.concat(payload);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

function mvhd(version: 0 | 1, timescale: number, duration: bigint): Uint8Array {
  const body = Buffer.alloc(version === 1 ? 108 : 96);
  body.writeUInt8(version, 0);
  const at = version === 1 ? 20 : 12;
  body.writeUInt32BE(timescale, at);
  if (version === 1) body.writeBigUInt64BE(duration, at + 4);
  else body.writeUInt32BE(Number(duration), at + 4);
  return box('mvhd', body);
}

describe('readMp4Duration', () => {
  it.each([1, 6, 8.7, 15, 0.01])('reads %s s from a rendered file, with its audio track and without', (seconds) => {
    expect(readMp4Duration(renderMp4({ width: 854, height: 480, durationSeconds: seconds }))).toBeCloseTo(seconds, 3);
    expect(readMp4Duration(renderMp4({ width: 854, height: 480, durationSeconds: seconds, audio: false }))).toBeCloseTo(seconds, 3);
  });

  it('reads a view into a larger buffer (Buffer.from(base64) shares a pool)', () => {
    const file = renderMp4({ width: 640, height: 480, durationSeconds: 4 });
    const padded = new Uint8Array(file.length + 100);
    padded.set(file, 37);
    expect(readMp4Duration(padded.subarray(37, 37 + file.length))).toBe(4);
    const viaBase64 = Buffer.from(Buffer.from(file).toString('base64'), 'base64');
    expect(readMp4Duration(viaBase64)).toBe(4);
  });

  it('needs moov only: truncating mdat keeps the answer, cutting into moov loses it', () => {
    const file = renderMp4({ width: 854, height: 480, durationSeconds: 8.7 });
    const moovEnd = Buffer.from(file).indexOf('mdat', 0, 'latin1') - 4;
    for (let length = 0; length < file.length; length += length < moovEnd + 64 ? 7 : 997) {
      const expected = length >= moovEnd ? 8.7 : undefined;
      expect(readMp4Duration(file.subarray(0, length)), `prefix of ${length} bytes`).toBe(expected);
    }
  });

  it('finds moov after mdat, a 64-bit mvhd and a 64-bit box size', () => {
    expect(
      readMp4Duration(Buffer.concat([box('ftyp', Buffer.from('isom')), box('mdat', Buffer.alloc(50)), box('moov', mvhd(0, 600, 3000n))])),
    ).toBe(5);
    expect(readMp4Duration(box('moov', mvhd(1, 90_000, 900_000n)))).toBe(10);
    const large = Buffer.alloc(16);
    large.writeUInt32BE(1);
    large.write('free', 4, 'latin1');
    large.writeBigUInt64BE(16n, 8);
    expect(readMp4Duration(Buffer.concat([large, box('moov', mvhd(0, 1000, 2500n))]))).toBe(2.5);
  });

  it('uses mvex/mehd for a fragmented file whose mvhd says 0', () => {
    const mehd = box('mehd', Buffer.from([0, 0, 0, 0, 0, 0, 0x2e, 0xe0])); // 12000
    expect(readMp4Duration(box('moov', mvhd(0, 1000, 0n), box('mvex', mehd)))).toBe(12);
    expect(readMp4Duration(box('moov', mvhd(0, 1000, 0n)))).toBeUndefined();
  });

  it.each([
    ['empty', new Uint8Array(0)],
    ['text', Buffer.from('this is not a video at all, just text')],
    ['no moov', box('ftyp', Buffer.from('isom'))],
    ['moov without mvhd', box('moov', box('trak'))],
    ['timescale 0', box('moov', mvhd(0, 0, 100n))],
    ['unknown duration (all ones)', box('moov', mvhd(0, 1000, 0xffffffffn))],
    ['unknown 64-bit duration', box('moov', mvhd(1, 1000, 0xffffffffffffffffn))],
    ['mvhd version 2', box('moov', box('mvhd', Buffer.from([2, 0, 0, 0, ...new Array(100).fill(1)])))],
    ['empty mvhd', box('moov', box('mvhd'))],
    ['mvhd cut short', box('moov', box('mvhd', Buffer.alloc(10)))],
    ['box size below 8', Buffer.from([0, 0, 0, 4, 0x6d, 0x6f, 0x6f, 0x76, 0, 0, 0, 0])],
    ['box larger than the file', Buffer.from([0, 0, 1, 0, 0x6d, 0x6f, 0x6f, 0x76, 0, 0, 0, 0])],
  ])('returns undefined for %s', (_name, bytes) => {
    expect(readMp4Duration(bytes)).toBeUndefined();
  });

  it('never throws on random bytes or on a mutated real file', () => {
    const file = renderMp4({ width: 320, height: 240, durationSeconds: 2 });
    const head = file.subarray(0, 2000);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const result = readMp4Duration(bytes);
        return result === undefined || (Number.isFinite(result) && result > 0);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: head.length - 1 }), fc.nat({ max: 255 })), { maxLength: 8 }),
        fc.nat({ max: head.length }),
        (edits, cut) => {
          const mutated = head.slice(0, cut);
          for (const [at, value] of edits) if (at < mutated.length) mutated[at] = value;
          const result = readMp4Duration(mutated);
          return result === undefined || (Number.isFinite(result) && result >= 0);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
