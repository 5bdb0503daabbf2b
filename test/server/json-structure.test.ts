// What JSON.parse does not say about a body, found without recursion: how deep it nests
// and which key an object repeats (where), at any depth JSON.parse accepts.
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/server/internal/json-depth.js';
import { checkJsonStructure } from '../../src/server/internal/json-structure.js';

const deep = (levels: number, open = '[', close = ']') => `${open.repeat(levels)}${close.repeat(levels)}`;

describe('checkJsonStructure', () => {
  it('accepts the bodies the spec describes, escapes and look-alike keys included', () => {
    expect(checkJsonStructure('{"prompt":"a","keyframes":[{"image":{"url":"https://a.example/k.png"},"timestamp_s":2}]}')).toBeUndefined();
    expect(checkJsonStructure('{"a":{"b":1},"b":{"a":1},"c":[{"a":1},{"a":2}]}')).toBeUndefined();
    expect(checkJsonStructure('{"k":"\\"k\\":1,","K":2}')).toBeUndefined();
  });

  it(`counts depth to ${MAX_JSON_DEPTH}, and refuses one more level, at the top or in a field`, () => {
    expect(checkJsonStructure(deep(MAX_JSON_DEPTH))).toBeUndefined();
    expect(checkJsonStructure(deep(MAX_JSON_DEPTH + 1))).toEqual({ kind: 'too-deep', depth: MAX_JSON_DEPTH + 1 });
    expect(checkJsonStructure(`{"prompt":${deep(MAX_JSON_DEPTH)}}`)).toEqual({ kind: 'too-deep', depth: MAX_JSON_DEPTH + 1 });
    expect(checkJsonStructure(`{"a":${'{"a":'.repeat(200)}1${'}'.repeat(200)}}`)?.kind).toBe('too-deep');
  });

  it('reads a million levels without overflowing the stack', () => {
    expect(checkJsonStructure(deep(1_000_000))).toEqual({ kind: 'too-deep', depth: MAX_JSON_DEPTH + 1 });
    expect(checkJsonStructure(deep(1_000_000), Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('finds a key twice in one object, by its decoded value, with its path', () => {
    expect(checkJsonStructure('{"prompt":"a","prompt":"b"}')).toEqual({ kind: 'duplicate-key', key: 'prompt', path: 'prompt' });
    expect(checkJsonStructure('{"prompt":"a","\\u0070rompt":"b"}')).toMatchObject({ key: 'prompt' });
    expect(checkJsonStructure('{"keyframes":[{"image":{"url":"x"}},{"timestamp_s":1,"timestamp_s":2}]}')).toEqual({
      kind: 'duplicate-key',
      key: 'timestamp_s',
      path: 'keyframes[1].timestamp_s',
    });
    expect(checkJsonStructure('{"__proto__":1,"__proto__":2}')).toMatchObject({ key: '__proto__' });
  });
});
