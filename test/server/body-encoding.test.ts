// A JSON body must be UTF-8 (RFC 8259 §8.1): bytes that are not are a 400 in the live
// shape, not decoded to U+FFFD and judged as a prompt the client never sent. In-process
// (the check is the core's, so every host has it).
import { describe, expect, it } from 'vitest';
import { call, JSON_HEADERS, useMock } from './mock-kit.js';

const mock = useMock({ timing: 'instant' });
const GEN = '/v1/videos/generations';
const bytes = (...parts: (string | number[])[]): Uint8Array<ArrayBuffer> =>
  new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part)))));
const post = (body: Uint8Array<ArrayBuffer>) => call(`${mock.url()}${GEN}`, { method: 'POST', headers: JSON_HEADERS, body });

describe('the bytes of a JSON body', () => {
  it.each<[string, number[]]>([
    ['a lone continuation byte', [0x80]],
    ['a truncated sequence', [0xe2, 0x82]],
    ['an overlong encoding of "/"', [0xc0, 0xaf]],
    ['a UTF-16 surrogate encoded in UTF-8', [0xed, 0xa0, 0x80]],
    ['Latin-1 é', [0xe9]],
  ])('%s in a string → 400 invalid-argument that says UTF-8', async (_name, invalid) => {
    const answer = await post(bytes('{"prompt":"a ', invalid, ' cat"}'));
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ code: 'invalid-argument', error: expect.stringContaining('not valid UTF-8') });
  });

  it('valid UTF-8 beyond ASCII is taken as sent', async () => {
    expect((await post(bytes('{"prompt":"un chat écrit 猫 🐈"}'))).status).toBe(200);
  });
});
