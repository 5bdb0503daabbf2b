// Turns ajv's first complaint about a request body into the live API's answer: a 422
// (404 for an unknown model) whose message names the field, what it must be and what
// was sent (shortened: a user's 20 MB data URI is never echoed back).
import type { ErrorObject } from 'ajv';
import { type ApiError, apiError } from '../error-catalogue.js';
import { jsonPreview } from './json-preview.js';

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
  [/(^|\.)image$|^input_reference$|^reference_images\[\d+\]$/, 'an object with exactly one of "url", "image_url" or "file_id"'],
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
  const text = jsonPreview(value, 41);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function valueAt(body: unknown, instancePath: string): unknown {
  let node = body;
  for (const part of instancePath.split('/').slice(1)) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

function pick(errors: ErrorObject[]): ErrorObject {
  // A body that matches no mode of the anyOf is answered as that, not as one branch's complaint.
  const modes = errors.find((e) => e.keyword === 'anyOf' && e.instancePath === '');
  if (modes) return modes;
  const deepest = errors.reduce((a, b) => (b.instancePath.length > a.instancePath.length ? b : a));
  const oneOf = errors.find((e) => e.keyword === 'oneOf' && e.instancePath === deepest.instancePath);
  return oneOf ?? deepest;
}

/** What a URL pattern (openapi/xai-video.yaml, "URLs") admits, in words; any other pattern as itself. */
function patternShape(pattern: string): string {
  if (!/^\^\(?https\?:\/\//.test(pattern)) return `a string matching ${pattern}`;
  const media = /data:([a-z]+)\//.exec(pattern)?.[1];
  return media ? `an http(s) URL or a base64 data:${media}/... URI` : 'an http(s) URL';
}

/**
 * The request's modes (GenerateVideoRequest's anyOf): each branch requires its input and
 * has a title, so the message is the spec's own words: "prompt is required for
 * text-to-video: send a non-blank prompt, or image (image-to-video), ...". A mode with a
 * second branch (image-to-video's deprecated alias `input_reference`) is named once, by
 * its first: the message says what to send, not every name the server accepts.
 */
function modeRequirement(anyOf: ErrorObject, errors: ErrorObject[]): string {
  const branches = (anyOf.schema ?? []) as { title?: string; description?: string; required?: string[] }[];
  const modes = branches.filter((b, i) => b.title === undefined || branches.findIndex((other) => other.title === b.title) === i);
  const [first, ...rest] = modes.map((b) => ({
    name: b.required?.join(' and ') ?? '?',
    title: b.title ?? '',
    description: b.description,
  }));
  if (!first) return 'must match one of the request modes';
  const others = rest.map((b) => `${b.name} (${b.title})`);
  const send = first.description ? first.description.replace(/\.$/, '').toLowerCase() : first.name;
  const blank = errors.some((e) => e.keyword === 'pattern' && e.instancePath === `/${first.name}`);
  const head = blank ? `${first.name} must not be blank for ${first.title}` : `${first.name} is required for ${first.title}`;
  return `${head}: send ${send}, or ${others.length > 1 ? `one of ${others.slice(0, -1).join(', ')} or ${others.at(-1)}` : others.join('')}`;
}

/** A `not: {required: [a, b]}`: fields that must not come together (duration and its alias seconds). */
function exclusiveFields(not: ErrorObject): string {
  const fields = ((not.schema as { required?: string[] } | undefined)?.required ?? []).filter(Boolean);
  const at = fieldName(not.instancePath);
  if (fields.length < 2) return `${at ? `${at}: ` : ''}must not match ${not.schemaPath}`;
  return `${at ? `${at}: ` : ''}${fields.join(' and ')} cannot be sent together: send only ${fields[0]}`;
}

/**
 * A bound's words, as ajv words them: the precompiled request validators carry no messages
 * (spec-validators.ts), and the validators compiled at run time must say the same.
 */
function boundWords({ keyword, params }: ErrorObject): string | undefined {
  const { limit, comparison } = params as { limit?: unknown; comparison?: unknown };
  switch (keyword) {
    case 'minLength':
    case 'maxLength':
      return `must NOT have ${keyword === 'minLength' ? 'fewer' : 'more'} than ${String(limit)} characters`;
    case 'minItems':
    case 'maxItems':
      return `must NOT have ${keyword === 'minItems' ? 'fewer' : 'more'} than ${String(limit)} items`;
    case 'minimum':
    case 'maximum':
      return `must be ${String(comparison)} ${String(limit)}`;
    default:
      return undefined;
  }
}

function sentence(error: ErrorObject, body: unknown, errors: ErrorObject[]): string {
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
      return `${at}must be ${patternShape(String(p.pattern))} ${got}`;
    case 'anyOf':
      return modeRequirement(error, errors);
    case 'not':
      return exclusiveFields(error);
    default:
      return `${at}${boundWords(error) ?? error.message ?? 'is invalid'} ${got}`;
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
    // Worded as the spec's ModelNotFound example and the rules stage word it: the name as sent, cut to 64 characters.
    return apiError('404 not-found', 'unknownModel', { model: String(valueAt(body, '/model')).slice(0, 64) });
  }
  return apiError('422 invalid-argument', 'field', { detail: sentence(error, body, errors) });
}
