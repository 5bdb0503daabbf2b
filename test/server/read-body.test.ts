// The read stage on its own (src/server/stages/read-body.ts): what a host hands it, and
// the answer a client gets for each kind of body, word for word. bad-input.test.ts sends
// the same kinds of bodies through the whole mock.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/server/error-catalogue.js';
import { BODY_TOO_LARGE, type MockRequest } from '../../src/server/mock-request.js';
import { readJsonBody, readOptionalJsonBody } from '../../src/server/stages/read-body.js';

const LIMIT = 1_000;

function request(body: string | typeof BODY_TOO_LARGE, headers: Record<string, string> = {}, method = 'POST'): MockRequest {
  return {
    method,
    path: '/v1/videos/generations',
    query: '',
    origin: 'http://mock.test',
    headers: { 'content-type': 'application/json', ...headers },
    readBody: async () => (body === BODY_TOO_LARGE ? body : new TextEncoder().encode(body)),
  };
}

async function answer(req: MockRequest): Promise<[number, string, string] | unknown> {
  const result = await readJsonBody(req, LIMIT);
  return result instanceof ApiError ? [result.status, result.code, result.message] : result;
}

describe('readJsonBody', () => {
  it('takes a JSON object with a JSON content type, parameters, case and +json included', async () => {
    for (const type of ['application/json', 'Application/JSON ; charset=utf-8', 'application/merge-patch+json']) {
      expect(await answer(request('{"prompt":"a cat"}', { 'content-type': type })), type).toEqual({ prompt: 'a cat' });
    }
  });

  it('refuses other content types with 415, naming what came (cut at 100 characters)', async () => {
    expect(await answer(request('{}', { 'content-type': 'text/json+json' }))).toEqual([
      415,
      'unsupported-media-type',
      'Expected a JSON body with Content-Type: application/json; got Content-Type "text/json+json".',
    ]);
    const long = `application/${'x'.repeat(100)}`;
    expect(await answer(request('{}', { 'content-type': long }))).toEqual([
      415,
      'unsupported-media-type',
      `Expected a JSON body with Content-Type: application/json; got Content-Type "${long.slice(0, 97)}...".`,
    ]);
    const exactly100 = `text/${'y'.repeat(95)}`;
    expect(((await answer(request('{}', { 'content-type': exactly100 }))) as string[])[2]).toContain(`"${exactly100}"`);
    expect(await answer({ ...request('{}'), headers: {} })).toEqual([
      415,
      'unsupported-media-type',
      'Expected a JSON body with Content-Type: application/json; got no Content-Type header.',
    ]);
  });

  it('an empty or blank body is 415; a body over the limit is 413, by its header or as read', async () => {
    expect(await answer(request(' \n '))).toEqual([415, 'unsupported-media-type', 'The request body is empty: expected a JSON object.']);
    const tooLarge = [413, 'payload-too-large', `Request body exceeds ${LIMIT} bytes.`];
    expect(await answer(request('{}', { 'content-length': String(LIMIT + 1) }))).toEqual(tooLarge);
    expect(await answer(request('{}', { 'content-length': String(LIMIT) }))).toEqual({});
    expect(await answer(request(BODY_TOO_LARGE))).toEqual(tooLarge);
  });

  it('malformed JSON is 400 with the parser reason; a key twice names it and where', async () => {
    const [status, code, message] = (await answer(request('{"prompt":'))) as [number, string, string];
    expect([status, code]).toEqual([400, 'invalid-argument']);
    expect(message).toMatch(/^The request body is not valid JSON: .+/);
    expect(message).not.toContain('{detail}');
    // Both cut, as they are echoed: the key to 64 characters, the path to 200.
    const key = 'k'.repeat(80);
    const outer = 'o'.repeat(250);
    expect(await answer(request(`{"${outer}":{"${key}":1,"${key}":2}}`))).toEqual([
      400,
      'invalid-argument',
      `The request body has the key "${key.slice(0, 64)}" twice in one object (at ${outer.slice(0, 200)}): send each field once.`,
    ]);
    expect(((await answer(request('{"a":{"b":1,"b":2}}'))) as string[])[2]).toContain('(at a.b)');
  });

  // The scanner reads a body only when counting could miss something: these are the cases
  // where the counts alone would mislead, and each must still be found (or accepted).
  it('finds a key twice however the counts are disguised, and takes brackets and key ends inside strings', async () => {
    const twice = async (text: string) => ((await answer(request(text))) as [number, string, string])[1];
    expect(await twice('{"a":1,"\\u0061":2}')).toBe('invalid-argument'); // the same key, escaped
    expect(await twice('{"x":"\\":","x":1}')).toBe('invalid-argument'); // a key end inside a string, and a key twice
    expect(await twice('{"__proto__":1,"__proto__":2}')).toBe('invalid-argument');
    expect(await twice('{"list":[{"k":1},{"k":1,"k":2}]}')).toBe('invalid-argument');
    expect(await answer(request('{"prompt":"a \\":\\" b","n":[{"k":1},{"k":2}]}'))).toEqual({ prompt: 'a ":" b', n: [{ k: 1 }, { k: 2 }] });
    // 150 opening brackets, all inside a string: not deep, and read whole by the scanner.
    const brackets = '['.repeat(150);
    expect(await answer(request(`{"prompt":"${brackets}"}`))).toEqual({ prompt: brackets });
  });

  it('JSON that is not an object is 422, saying what it is', async () => {
    for (const [text, got] of [
      ['[1]', 'an array'],
      ['null', 'object'],
      ['"a cat"', 'string'],
      ['8', 'number'],
    ]) {
      expect(await answer(request(text!))).toEqual([422, 'invalid-argument', `The request body must be a JSON object (got ${got}).`]);
    }
  });
});

describe('readOptionalJsonBody (admin routes)', () => {
  it('no body without a content type, or on a GET; otherwise the body as readJsonBody reads it', async () => {
    expect(await readOptionalJsonBody({ ...request('{"a":1}'), headers: {} }, LIMIT)).toBeUndefined();
    expect(await readOptionalJsonBody(request('{"a":1}', {}, 'GET'), LIMIT)).toBeUndefined();
    expect(await readOptionalJsonBody(request('{"a":1}'), LIMIT)).toEqual({ a: 1 });
  });
});
