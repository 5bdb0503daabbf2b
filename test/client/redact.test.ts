import { describe, expect, it } from 'vitest';
import { redactDeep, redactText } from '../../src/client/internal/redact.js';

const KEY = 'xai-0123456789abcdef';

describe('redact', () => {
  it.each([
    ['replaces every occurrence', `a ${KEY} b ${KEY}`, KEY, 'a [REDACTED] b [REDACTED]'],
    ['leaves text without the key alone', 'nothing here', KEY, 'nothing here'],
    ['ignores secrets too short to be keys', 'a key k here', 'k', 'a key k here'],
    ['ignores a 7-character secret', 'pass: abcdefg', 'abcdefg', 'pass: abcdefg'],
    ['redacts an 8-character one, the shortest a key can be', 'pass: abcdefgh', 'abcdefgh', 'pass: [REDACTED]'],
  ])('%s', (_label, text, secret, expected) => {
    expect(redactText(text, secret)).toBe(expected);
  });

  it('walks nested objects and arrays, keeping other values', () => {
    const body = { code: 'unauthenticated', error: { message: `bad ${KEY}`, list: [KEY, 1, null, true] }, n: 2 };
    expect(redactDeep(body, KEY)).toEqual({
      code: 'unauthenticated',
      error: { message: 'bad [REDACTED]', list: ['[REDACTED]', 1, null, true] },
      n: 2,
    });
  });
});
