// The rate limit counts per model (docs.x.ai: 1 request per second per team per model),
// keyed by the model a body names before it is validated: never its raw value.
import { describe, expect, it } from 'vitest';
import { rateLimitBucket } from '../../src/server/stages/guard.js';

describe('rateLimitBucket', () => {
  it('is the model id, for an alias too, and the default model when none is named', () => {
    expect(rateLimitBucket('grok-imagine-video-1.5-preview')).toBe('grok-imagine-video-1.5');
    expect(rateLimitBucket('grok-imagine-video-1.5-lite')).toBe('grok-imagine-video-1.5-lite');
    expect(rateLimitBucket(undefined)).toBe('grok-imagine-video');
  });

  it('is one bucket for anything else: a megabyte string, a deep array, an object', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    for (const model of ['x'.repeat(1_000_000), deep, { toString: 1 }, 42, null]) expect(rateLimitBucket(model)).toBe('unknown-model');
  });
});
