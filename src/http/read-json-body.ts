// Reads and parses a POST body the way the live API judges it: no JSON content type or
// an empty body is 415, malformed JSON (or JSON nested too deep, or with a key twice in
// one object) is 400, a body that is not an object is 422, and an oversized body is 413
// (the rest of it is drained so the socket stays usable).
import type { IncomingMessage } from 'node:http';
import { ApiError } from './api-error.js';
import { checkJsonStructure, MAX_JSON_DEPTH } from './json-structure.js';

function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const type = header.split(';', 1)[0]!.trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

function readRaw(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) reject(new ApiError('payloadTooLarge', `Request body exceeds ${maxBytes} bytes.`));
      else resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

/**
 * JSON.parse keeps a `__proto__` key as an own property (it never touches a prototype),
 * so the schema stage rejects it as an unknown field instead of it vanishing.
 */
function parseJson(text: string): unknown {
  return JSON.parse(text);
}

export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  const declared = Number(req.headers['content-length']);
  if (declared > maxBytes) {
    req.resume();
    throw new ApiError('payloadTooLarge', `Request body exceeds ${maxBytes} bytes.`);
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    req.resume();
    throw new ApiError('unsupportedMediaType', 'Expected a JSON body with Content-Type: application/json.');
  }
  const raw = await readRaw(req, maxBytes);
  const text = raw.toString('utf8');
  if (text.trim() === '') throw new ApiError('unsupportedMediaType', 'The request body is empty: expected a JSON object.');
  const structure = checkJsonStructure(text);
  // Before parsing: a body nested a million levels deep is refused before it is built.
  if (structure?.kind === 'too-deep') throw new ApiError('invalidJson', `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
  let value: unknown;
  try {
    value = parseJson(text);
  } catch (error) {
    throw new ApiError('invalidJson', `The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (structure?.kind === 'duplicate-key') {
    const key = JSON.stringify(structure.key.slice(0, 64));
    throw new ApiError(
      'invalidJson',
      `The request body has the key ${key} twice in one object (at ${structure.path.slice(0, 200)}): send each field once.`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError('invalidField', `The request body must be a JSON object (got ${Array.isArray(value) ? 'an array' : typeof value}).`);
  }
  return value as Record<string, unknown>;
}
