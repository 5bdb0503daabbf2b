import { describe, expect, it } from 'vitest';
import { readErrorBody } from '../../src/client/internal/read-error-body.js';

describe('readErrorBody (openapi/xai-video.yaml: ErrorBody, flat or nested)', () => {
  it.each([
    [
      'flat kebab code',
      { code: 'not-found', error: 'No video request with id x.' },
      { code: 'not-found', message: 'No video request with id x.' },
    ],
    [
      'flat sentence-style code (older traffic)',
      { code: 'Some requested entity was not found', error: 'No video request with id x.' },
      { code: 'Some requested entity was not found', message: 'No video request with id x.' },
    ],
    [
      'flat moderation with usage',
      { code: 'imagine:content-moderated', error: 'Rejected.', usage: { cost_in_usd_ticks: 1 } },
      { code: 'imagine:content-moderated', message: 'Rejected.' },
    ],
    [
      'nested OpenAI style',
      { error: { message: 'Rate limit reached', type: 'rate_limit', code: 'resource-exhausted' } },
      { code: 'resource-exhausted', message: 'Rate limit reached' },
    ],
    ['nested without code', { error: { message: 'Bad key' } }, { code: undefined, message: 'Bad key' }],
    [
      'nested: its own code wins over the outer one',
      { code: 'outer', error: { message: 'Bad key', code: 'invalid_api_key' } },
      { code: 'invalid_api_key', message: 'Bad key' },
    ],
    ['nested code-less: the outer code', { code: 'outer', error: { message: 'Bad key' } }, { code: 'outer', message: 'Bad key' }],
    ['flat with `message` instead of `error`', { code: 'internal', message: 'Try again.' }, { code: 'internal', message: 'Try again.' }],
    ['padded text is trimmed', '  Bad Gateway\n', { code: undefined, message: 'Bad Gateway' }],
    ['plain text (a proxy page)', 'Bad Gateway', { code: undefined, message: 'Bad Gateway' }],
    ['empty text', '', { code: undefined, message: undefined }],
    ['no body', undefined, { code: undefined, message: undefined }],
    ['a JSON number', 42, { code: undefined, message: undefined }],
  ])('%s', (_label, body, expected) => {
    expect(readErrorBody(body)).toEqual(expected);
  });

  it('keeps a text body of exactly 200 characters whole', () => {
    expect(readErrorBody('y'.repeat(200)).message).toBe('y'.repeat(200));
  });

  it('shortens long text bodies to 200 characters', () => {
    const { message } = readErrorBody('x'.repeat(1_000));
    expect(message).toHaveLength(201);
    expect(message?.endsWith('…')).toBe(true);
  });
});
