// Turns ajv's first complaint about a request body into the live API's answer: a 422
// (404 for an unknown model) whose message names the field, what it must be and what
// was sent (shortened: a user's 20 MB data URI is never echoed back).
import type { ErrorObject } from 'ajv';
import { type ApiError, apiError } from '../error-catalogue.js';

/** Fields tutorials invent, with what the live API takes instead (docs.x.ai video guide: `video`, `image`). */
const TUTORIAL_HINTS = new Map<string, string>(
  Object.entries({
    video_id:
      'video_id is not a field: the live API takes the source video as "video": {"url": "<mp4 url>"}, e.g. the finished job\'s video.url (from GET /v1/videos/{request_id}), or {"file_id": "..."}; not a request_id',
    image_url: 'image_url is not a top-level field: send "image": {"url": "<https url or data URI>"}',
    video_url: 'video_url is not a field: send "video": {"url": "<mp4 url>"}',
    size: 'size is not a field: use "resolution" (480p, 720p, 1080p) and "aspect_ratio"',
  }),
);

/** The spec's oneOf shapes, recognised by the field's name (ajv paths are relative to a $ref). */
const ONE_OF_SHAPES: [RegExp, string][] = [
  [/(^|\.)image$|^reference_images\[\d+\]$/, 'an object with exactly one of "url", "image_url" or "file_id"'],
  [/^video$/, 'an object with exactly one of "url" or "file_id"'],
  [/^reference_audios\[\d+\]$/, 'an object with exactly one of "url" or "voice_id"'],
  [/public_url$/, 'true, false or {"expires_after": seconds}'],
];

export function fieldName(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .reduce((name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}

export function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function valueAt(body: unknown, instancePath: string): unknown {
  let node = body;
  for (const part of instancePath.split('/').slice(1)) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

function pick(errors: ErrorObject[]): ErrorObject {
  const deepest = errors.reduce((a, b) => (b.instancePath.length > a.instancePath.length ? b : a));
  const oneOf = errors.find((e) => e.keyword === 'oneOf' && e.instancePath === deepest.instancePath);
  return oneOf ?? deepest;
}

function sentence(error: ErrorObject, body: unknown): string {
  const field = fieldName(error.instancePath);
  const at = field ? `${field}: ` : '';
  const got = `(got ${shortValue(valueAt(body, error.instancePath))})`;
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${field ? `${field}.` : ''}${String(p.missingProperty)} is required`;
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      return (!field && TUTORIAL_HINTS.get(name)) || `${at}"${name}" is not a field of this request`;
    }
    case 'enum':
      return `${at}must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')} ${got}`;
    case 'type':
      return `${at}must be of type ${String(p.type)} ${got}`;
    case 'oneOf': {
      const shape = ONE_OF_SHAPES.find(([pattern]) => pattern.test(field))?.[1];
      return `${at}must be ${shape ?? 'exactly one of the allowed shapes'} ${got}`;
    }
    case 'pattern':
      return `${at}must be ${field.endsWith('url') ? 'an http(s) URL or a base64 data URI of the right media type' : `a string matching ${String(p.pattern)}`} ${got}`;
    default:
      return `${at}${error.message ?? 'is invalid'} ${got}`;
  }
}

/** A field that tutorials invent, present in the body: its hint beats any other complaint. */
function tutorialHint(body: unknown): string | undefined {
  const key = Object.keys(body as object).find((name) => TUTORIAL_HINTS.has(name));
  return key === undefined ? undefined : TUTORIAL_HINTS.get(key);
}

export function describeSchemaError(errors: ErrorObject[], body: unknown): ApiError {
  const hint = tutorialHint(body);
  if (hint) return apiError('422 invalid-argument', 'field', { detail: hint });
  const error = pick(errors);
  if (error.keyword === 'enum' && error.instancePath === '/model') {
    return apiError('404 not-found', 'unknownModel', { model: shortValue(valueAt(body, '/model')) });
  }
  return apiError('422 invalid-argument', 'field', { detail: sentence(error, body) });
}
