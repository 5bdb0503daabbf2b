// x-request-id values name one exchange each: UUID-shaped (version 4, RFC 9562 variant),
// never repeated by a core, and different between cores (replicas behind one balancer).
import { describe, expect, it } from 'vitest';
import { createRequestIds } from '../../src/server/internal/request-ids.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** A seed of fixed bytes, the counter's 6 bytes last. */
const seeded = (counter: number[]) => (bytes: Uint8Array) => {
  bytes.set([0xde, 0xad, 0xbe, 0xef, 0x01, 0x23, 0xff, 0x67, 0xff, 0xab, ...counter]);
  return bytes;
};

describe('createRequestIds', () => {
  it('answers UUID-shaped ids, none repeated over many exchanges', () => {
    const next = createRequestIds();
    const ids = Array.from({ length: 20_000 }, next);
    for (const id of ids.slice(0, 50)) expect(id).toMatch(UUID_V4);
    expect(ids.at(-1)).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sets the version and variant bits whatever the random bytes', () => {
    const next = createRequestIds(seeded([0, 0, 0, 0, 0, 0]));
    expect(next()).toBe('deadbeef-0123-4f67-bfab-000000000001');
  });

  it('carries into the higher digits and wraps the 48-bit counter without a malformed id', () => {
    const carry = createRequestIds(seeded([0, 0, 0, 0, 0x0f, 0xff]));
    expect(carry()).toBe('deadbeef-0123-4f67-bfab-000000001000');
    const wrap = createRequestIds(seeded([0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]));
    expect([wrap(), wrap(), wrap()]).toEqual([
      'deadbeef-0123-4f67-bfab-ffffffffffff',
      'deadbeef-0123-4f67-bfab-000000000000',
      'deadbeef-0123-4f67-bfab-000000000001',
    ]);
  });

  it('gives two cores different ids', () => {
    const a = createRequestIds();
    const b = createRequestIds();
    expect(a().slice(0, 23)).not.toBe(b().slice(0, 23));
  });
});
