// Error messages say what was sent, shortened, whatever was sent: the preview walks only
// what it prints (a body nested 100,000 deep was a stack overflow, answered 500).
import { describe, expect, it } from 'vitest';
import { shortValue } from '../../src/server/internal/describe-schema-error.js';
import { jsonPreview } from '../../src/server/internal/json-preview.js';

describe('jsonPreview', () => {
  it('is the JSON text of small values', () => {
    for (const value of ['a "quoted" string', 42, true, null, [1, 'two', { three: 3 }], { a: [1, 2], b: { c: null } }]) {
      expect(jsonPreview(value, 1000)).toBe(JSON.stringify(value));
    }
  });

  it('stops at the limit in width and in depth, without walking the rest', () => {
    let nested: unknown = 1;
    for (let i = 0; i < 200_000; i++) nested = [nested];
    expect(jsonPreview(nested, 41)).toBe('['.repeat(41));
    const wide = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`key${i}`, i]));
    expect(jsonPreview(wide, 20).length).toBeLessThan(40);
    expect(jsonPreview('é'.repeat(5_000_000), 10)).toBe(`"${'é'.repeat(10)}"`);
  });

  it('says Infinity where JSON.stringify would say null (1e400 parses to Infinity)', () => {
    expect(jsonPreview(JSON.parse('1e400'), 40)).toBe('Infinity');
  });
});

describe('shortValue', () => {
  it('cuts at 40 characters with an ellipsis', () => {
    expect(shortValue('x'.repeat(100))).toBe(`"${'x'.repeat(36)}...`);
    expect(shortValue('short')).toBe('"short"');
  });
});
