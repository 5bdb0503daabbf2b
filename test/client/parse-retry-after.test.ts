import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../src/client/parse-retry-after.js';

const NOW = Date.UTC(2026, 10, 1, 12, 0, 0);

describe('parseRetryAfter', () => {
  it.each([
    ['absent (null)', null, undefined],
    ['absent (undefined)', undefined, undefined],
    ['empty', '', undefined],
    ['whole seconds', '5', 5_000],
    ['zero', '0', 0],
    ['padded', '  2 ', 2_000],
    ['fractional seconds', '1.5', 1_500],
    ['fractional seconds, two digits', '0.25', 250],
    ['HTTP date 30 s ahead', new Date(NOW + 30_000).toUTCString(), 30_000],
    ['HTTP date in the past means now', new Date(NOW - 30_000).toUTCString(), 0],
    ['negative number is unreadable', '-1', undefined],
    ['unit suffix is unreadable', '5s', undefined],
    ['garbage', 'soon', undefined],
  ])('%s: %j → %j', (_label, header, expected) => {
    expect(parseRetryAfter(header, NOW)).toBe(expected);
  });
});
