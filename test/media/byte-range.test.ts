import { describe, expect, it } from 'vitest';
import { parseByteRange } from '../../src/media/index.js';

describe('parseByteRange', () => {
  it.each([
    // header, size, expected
    [undefined, 1000, undefined],
    ['', 1000, undefined],
    ['bytes=0-499', 1000, { start: 0, end: 499 }],
    ['bytes=500-999', 1000, { start: 500, end: 999 }],
    ['bytes=500-5000', 1000, { start: 500, end: 999 }], // end clamps to the last byte
    ['bytes=0-0', 1000, { start: 0, end: 0 }],
    ['bytes=999-999', 1000, { start: 999, end: 999 }],
    ['bytes=0-', 1000, { start: 0, end: 999 }], // what <video> sends first
    ['bytes=900-', 1000, { start: 900, end: 999 }],
    ['bytes=-100', 1000, { start: 900, end: 999 }],
    ['bytes=-5000', 1000, { start: 0, end: 999 }],
    ['BYTES = 10 - 20', 1000, { start: 10, end: 20 }], // unit is case-insensitive, spaces tolerated
    ['bytes=1000-', 1000, 'unsatisfiable'],
    ['bytes=1000-2000', 1000, 'unsatisfiable'],
    ['bytes=-0', 1000, 'unsatisfiable'],
    ['bytes=0-', 0, 'unsatisfiable'],
    ['bytes=-10', 0, 'unsatisfiable'],
    ['bytes=99999999999999999999999-', 1000, 'unsatisfiable'],
    ['bytes=0-99999999999999999999999', 1000, { start: 0, end: 999 }],
    ['bytes=500-100', 1000, undefined], // last < first: invalid, so the header is ignored
    ['bytes=-', 1000, undefined],
    ['bytes=abc-def', 1000, undefined],
    ['bytes=1.5-2', 1000, undefined],
    ['bytes=+1-2', 1000, undefined],
    ['items=0-10', 1000, undefined], // unknown unit
    ['0-10', 1000, undefined],
    ['bytes=0-10,20-30', 1000, undefined], // multi-range: whole body with 200
    ['bytes=2000-3000,0-1', 1000, undefined],
  ] as const)('%j of %i bytes → %j', (header, size, expected) => {
    expect(parseByteRange(header, size)).toEqual(expected);
  });
});
