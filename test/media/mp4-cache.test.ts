import { describe, expect, it } from 'vitest';
import { createMp4Cache, renderMp4 } from '../../src/media/index.js';

const small = (durationSeconds: number) => ({ width: 320, height: 240, durationSeconds });

describe('createMp4Cache', () => {
  it('renders once and returns the same bytes on a hit', () => {
    const cache = createMp4Cache({ maxEntries: 4 });
    const first = cache.get(small(2));
    expect(cache.get(small(2))).toBe(first);
    expect(cache.get({ ...small(2), fps: 24 })).toBe(first); // the default fps is part of the key
    expect(cache.get({ ...small(2), audio: true })).toBe(first); // so is the default audio
    expect(Buffer.from(first).equals(Buffer.from(renderMp4(small(2))))).toBe(true);
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(first.length);
  });

  it('keeps a video without audio apart from the one with it', () => {
    const cache = createMp4Cache({ maxEntries: 4 });
    const withAudio = cache.get(small(2));
    const mute = cache.get({ ...small(2), audio: false });
    expect(mute).not.toBe(withAudio);
    expect(Buffer.from(mute).equals(Buffer.from(renderMp4({ ...small(2), audio: false })))).toBe(true);
    expect(mute.length).toBeLessThan(withAudio.length);
    expect(cache.get(small(2))).toBe(withAudio);
    expect(cache.size).toBe(2);
  });

  it('evicts the least recently used entry beyond maxEntries', () => {
    const cache = createMp4Cache({ maxEntries: 2 });
    const one = cache.get(small(1));
    const two = cache.get(small(2));
    expect(cache.get(small(1))).toBe(one); // 1 is now the most recent
    cache.get(small(3)); // evicts 2
    expect(cache.size).toBe(2);
    expect(cache.get(small(1))).toBe(one);
    expect(cache.get(small(2))).not.toBe(two);
  });

  it('keeps the total under maxBytes and does not keep a video larger than that', () => {
    const size = renderMp4(small(1)).length;
    const cache = createMp4Cache({ maxEntries: 100, maxBytes: Math.floor(size * 2.5) });
    for (let seconds = 1; seconds <= 5; seconds++) cache.get(small(seconds));
    expect(cache.bytes).toBeLessThanOrEqual(size * 2.5);
    expect(cache.size).toBeGreaterThanOrEqual(1);

    const tiny = createMp4Cache({ maxEntries: 3, maxBytes: 100 });
    expect(tiny.get(small(1)).length).toBe(size);
    expect(tiny.size).toBe(0);
    expect(tiny.bytes).toBe(0);
  });

  it('clears, and rejects bad options and bad params', () => {
    const cache = createMp4Cache({ maxEntries: 2 });
    cache.get(small(1));
    cache.clear();
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
    expect(() => createMp4Cache({ maxEntries: 0 })).toThrow(RangeError);
    expect(() => createMp4Cache({ maxEntries: Number.NaN })).toThrow(RangeError);
    expect(() => cache.get({ width: 321, height: 240, durationSeconds: 1 })).toThrow(RangeError);
  });
});
