// Read stage: a POST body judged the way the live API judges it. No JSON content type or
// an empty body is 415, malformed JSON (or bytes that are not UTF-8, or JSON nested too
// deep, or with a key twice in one object) is 400, a body that is not an object is 422, and one over the limit is 413
// (the host stops reading it and keeps the connection usable).
import { type ApiError, apiError } from '../error-catalogue.js';
import { MAX_JSON_DEPTH } from '../internal/json-depth.js';
import type { JsonStructureProblem } from '../internal/json-structure.js';
import { lazyModule } from '../internal/lazy-module.js';
import { BODY_INCOMPLETE, BODY_TOO_LARGE, headerOf, type MockRequest } from '../mock-request.js';

export type Body = Record<string, unknown>;

// Loaded on demand, like the media readers: the scanner stays out of a browser bundle's first chunk.
const jsonStructure = lazyModule(() => import('../internal/json-structure.js'));

function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  if (header === 'application/json') return true; // what clients send, decided without building strings
  const type = header.split(';', 1)[0]!.trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/** What arrived instead of JSON, for the 415 (a header value is never a secret; long ones are cut). */
function contentTypeSent(header: string | undefined): string {
  if (!header) return 'no Content-Type header';
  return `Content-Type "${header.length > 100 ? `${header.slice(0, 97)}...` : header}"`;
}

// `ignoreBOM` keeps a byte order mark in the text (the default drops it silently): JSON
// must not start with one (RFC 8259 §8.1), so JSON.parse refuses it as malformed (400).
// `fatal`: bytes that are not UTF-8 are refused (400), not replaced by U+FFFD, which
// would hand the schema a prompt the client never sent.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

function decodeUtf8(bytes: Uint8Array): string | ApiError {
  try {
    return utf8.decode(bytes);
  } catch {
    return apiError('400 invalid-argument', 'invalidUtf8');
  }
}

/** How many times `pattern` (global) matches `text`. */
function countOf(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

const OPENING = /[[{]/g;
// Every key is a string closed by `"`, then whitespace, then `:`; a string value can add
// matches (`"a\":"`), never hide a key.
const KEY_END = /"\s*:/g;

/** Keys in every object of a parsed value (its depth is bounded before it is walked). */
function keysIn(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) for (const item of value) count += keysIn(item);
  else
    for (const key in value) {
      count++;
      count += keysIn((value as Record<string, unknown>)[key]);
    }
  return count;
}

/** The scanner's verdict on a body (jsonc-parser, token by token: loaded on first need). */
async function scanned(text: string): Promise<JsonStructureProblem | undefined> {
  const { checkJsonStructure } = await jsonStructure();
  return checkJsonStructure(text, MAX_JSON_DEPTH);
}

/**
 * Malformed JSON is answered as that first. JSON.parse kept only the last value of a
 * repeated key; nothing the user sent is dropped silently. JSON.parse keeps a `__proto__`
 * key as an own property (it never touches a prototype), so the schema stage rejects it as
 * an unknown field instead of it vanishing.
 *
 * The scanner reads a body only when it could find something: no more opening brackets
 * than the depth limit bound the depth, and as many keys parsed as key ends in the text
 * mean no key was dropped (a repeated key parses once; a string can only add key ends).
 */
async function parseObject(text: string): Promise<Body | ApiError> {
  // Before parsing: a body nested a million levels deep is refused before it is built.
  const shallow = countOf(text, OPENING) <= MAX_JSON_DEPTH;
  let structure = shallow ? undefined : await scanned(text);
  if (structure?.kind === 'too-deep') return apiError('400 invalid-argument', 'tooDeep', { maxDepth: MAX_JSON_DEPTH });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return apiError('400 invalid-argument', 'invalidJson', { detail: (error as Error).message });
  }
  if (shallow && keysIn(value) !== countOf(text, KEY_END)) structure = await scanned(text);
  if (structure?.kind === 'duplicate-key') {
    return apiError('400 invalid-argument', 'duplicateKey', {
      key: JSON.stringify(structure.key.slice(0, 64)),
      path: structure.path.slice(0, 200),
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return apiError('422 invalid-argument', 'notObject', { got: Array.isArray(value) ? 'an array' : typeof value });
  }
  return value as Body;
}

export async function readJsonBody(request: MockRequest, maxBytes: number): Promise<Body | ApiError> {
  if (Number(headerOf(request, 'content-length')) > maxBytes) return apiError('413 payload-too-large', 'tooLarge', { maxBytes });
  const contentType = headerOf(request, 'content-type');
  if (!isJsonContentType(contentType)) return apiError('415 unsupported-media-type', 'notJson', { got: contentTypeSent(contentType) });
  const bytes = await request.readBody(maxBytes);
  if (bytes === BODY_TOO_LARGE) return apiError('413 payload-too-large', 'tooLarge', { maxBytes });
  // Only logged: the host answered (408) or the client is gone.
  if (bytes === BODY_INCOMPLETE) return apiError('408 request-timeout', 'incomplete');
  const text = decodeUtf8(bytes);
  if (typeof text !== 'string') return text;
  if (text.trim() === '') return apiError('415 unsupported-media-type', 'empty');
  return parseObject(text);
}

/** An admin POST's optional JSON body: none without a content type. */
export async function readOptionalJsonBody(request: MockRequest, maxBytes: number): Promise<Body | undefined | ApiError> {
  if (request.method !== 'POST' || !headerOf(request, 'content-type')) return undefined;
  return readJsonBody(request, maxBytes);
}
