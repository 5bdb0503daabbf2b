// The Authorization header read without a RegExp for the usual form ("Bearer <visible
// ASCII>"): it must take the same key as the live rule, /^Bearer\s+(\S+)\s*$/i, for every
// header, and refuse the same ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/server/error-catalogue.js';
import type { MockRequest } from '../../src/server/mock-request.js';
import { checkAuth } from '../../src/server/stages/guard.js';

const LIVE_RULE = /^Bearer\s+(\S+)\s*$/i;

function keyOf(authorization: string): string | undefined {
  const request = { headers: { authorization } } as unknown as MockRequest;
  const answer = checkAuth(request, new Set());
  if (answer instanceof ApiError) {
    expect(answer.status).toBe(401);
    return undefined;
  }
  return answer;
}

// Pieces that sit at the edges of the rule: the scheme in other cases, spaces and tabs,
// Unicode spaces (\s), DEL and Latin-1, and key-like text.
const PIECES = [
  'Bearer',
  'bearer',
  'BEARER',
  'Bearer ',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u3000',
  '\ufeff',
  '\u007f',
  'é',
  'sk-',
  'xai-abc',
  '=',
  '.',
  '',
];

describe('the bearer key', () => {
  it('is what the live rule takes, for headers built from its edge cases', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (pieces) => {
        const header = pieces.join('');
        expect(keyOf(header), JSON.stringify(header)).toBe(header === '' ? undefined : LIVE_RULE.exec(header)?.[1]);
      }),
      { numRuns: 2000 },
    );
  });

  it('is what the live rule takes, for any text after "Bearer "', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (rest) => {
        const header = `Bearer ${rest}`;
        expect(keyOf(header), JSON.stringify(header)).toBe(LIVE_RULE.exec(header)?.[1]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the usual form and the ones only the rule reads', () => {
    expect(keyOf('Bearer xai-0123456789abcdef')).toBe('xai-0123456789abcdef');
    expect(keyOf('bearer   key\t')).toBe('key');
    expect(keyOf('Bearer \u00a0key')).toBe('key');
    expect(keyOf('Bearer ')).toBeUndefined();
    expect(keyOf('Bearer a b')).toBeUndefined();
    expect(keyOf('Basic a')).toBeUndefined();
  });
});
