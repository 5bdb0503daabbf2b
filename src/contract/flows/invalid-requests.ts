// One request per kind of invalid request, with the statuses the spec allows for it (its
// error responses, the request schemas and the capability table). `free` marks the ones
// that cost nothing on the live API: they are refused before a job exists, whatever the
// server's leniency; `billed` the ones a lenient server would accept and bill.
import type { RequestBody } from '../contract-session.js';
import type { CreateOperation } from '../video-jobs.js';
import type { FlowCost } from './contract-flow.js';
import { CHEAP_MODEL, textToVideoBody } from './request-bodies.js';

export interface InvalidRequest {
  name: string;
  operationId: CreateOperation;
  body: RequestBody | undefined;
  headers?: Record<string, string>;
  /** Documented statuses the spec allows for it. */
  statuses: number[];
  cost: Extract<FlowCost, 'free' | 'billed'>;
  /** The body is not JSON at all (a JSON-parsing proxy cannot forward it). */
  malformed?: true;
}

const SCHEMA_INVALID = [400, 422];
const source = { url: 'https://example.com/source.mp4' };
const bytes = (text: string) => ({ raw: new TextEncoder().encode(text) });

export const INVALID_REQUESTS: InvalidRequest[] = [
  {
    name: 'duration out of range (20)',
    operationId: 'generateVideo',
    body: { json: { ...textToVideoBody(), duration: 20 } },
    statuses: SCHEMA_INVALID,
    cost: 'free',
  },
  {
    name: 'duration of the wrong type ("two")',
    operationId: 'generateVideo',
    body: { json: { ...textToVideoBody(), duration: 'two' } },
    statuses: SCHEMA_INVALID,
    cost: 'free',
  },
  {
    name: 'resolution outside the enum (4k)',
    operationId: 'generateVideo',
    body: { json: { ...textToVideoBody(), resolution: '4k' } },
    statuses: SCHEMA_INVALID,
    cost: 'free',
  },
  {
    name: 'extension without the required prompt',
    operationId: 'extendVideo',
    body: { json: { model: CHEAP_MODEL, video: source } },
    statuses: SCHEMA_INVALID,
    cost: 'free',
  },
  {
    name: 'edit without the required video',
    operationId: 'editVideo',
    body: { json: { model: CHEAP_MODEL, prompt: 'Make it red' } },
    statuses: SCHEMA_INVALID,
    cost: 'free',
  },
  {
    name: "the tutorials' video_id instead of video",
    operationId: 'extendVideo',
    body: { json: { prompt: 'More', video_id: 'd97415a1-5796-b7ec-379f-4e6819e08fdf' } },
    statuses: SCHEMA_INVALID,
    cost: 'free',
  },
  {
    name: 'extension duration below 2',
    operationId: 'extendVideo',
    body: { json: { prompt: 'More', video: source, duration: 1 } },
    statuses: SCHEMA_INVALID,
    cost: 'free',
  },
  {
    name: 'unknown model',
    operationId: 'generateVideo',
    body: { json: { ...textToVideoBody(), model: 'grok-imagine-video-9' } },
    statuses: [404],
    cost: 'free',
  },
  {
    name: 'image together with reference_images on grok-imagine-video',
    operationId: 'generateVideo',
    body: {
      json: { ...textToVideoBody(), image: { url: 'https://example.com/a.jpg' }, reference_images: [{ url: 'https://example.com/b.jpg' }] },
    },
    statuses: [400],
    cost: 'free',
  },
  {
    name: 'malformed JSON',
    operationId: 'generateVideo',
    body: { raw: '{"prompt": "A boat",' },
    headers: { 'content-type': 'application/json' },
    statuses: [400, 422],
    cost: 'free',
    malformed: true,
  },
  { name: 'no Content-Type', operationId: 'generateVideo', body: bytes(JSON.stringify(textToVideoBody())), statuses: [415], cost: 'free' },
  {
    name: 'Content-Type text/plain',
    operationId: 'generateVideo',
    body: { raw: JSON.stringify(textToVideoBody()) },
    headers: { 'content-type': 'text/plain' },
    statuses: [415],
    cost: 'free',
  },
  {
    name: 'empty body',
    operationId: 'editVideo',
    body: undefined,
    headers: { 'content-type': 'application/json' },
    statuses: [415],
    cost: 'free',
  },
  {
    name: 'a JSON array instead of an object',
    operationId: 'generateVideo',
    body: { json: [textToVideoBody()] },
    statuses: SCHEMA_INVALID,
    cost: 'free',
  },
  // Capability checks (the capability table): the live API refuses these before a job
  // exists ("not supported for this model"), so asking costs nothing.
  {
    name: 'an edit on grok-imagine-video-1.5 (edits are only on grok-imagine-video)',
    operationId: 'editVideo',
    body: { json: { model: 'grok-imagine-video-1.5', prompt: 'Make it red', video: source } },
    statuses: [400],
    cost: 'free',
  },
  {
    name: 'an extension on grok-imagine-video-1.5-lite',
    operationId: 'extendVideo',
    body: { json: { model: 'grok-imagine-video-1.5-lite', prompt: 'More', video: source, duration: 2 } },
    statuses: [400],
    cost: 'free',
  },
  {
    name: 'keyframes on grok-imagine-video',
    operationId: 'generateVideo',
    body: { json: { ...textToVideoBody(), duration: 2, keyframes: [{ image: { url: 'https://example.com/k.jpg' }, timestamp_s: 1 }] } },
    statuses: [400],
    cost: 'free',
  },
  {
    name: 'last_frame on grok-imagine-video',
    operationId: 'generateVideo',
    body: { json: { ...textToVideoBody(), last_frame: { url: 'https://example.com/last.jpg' } } },
    statuses: [400],
    cost: 'free',
  },
  {
    name: 'reference_images on grok-imagine-video-1.5-lite',
    operationId: 'generateVideo',
    body: {
      json: { ...textToVideoBody(), model: 'grok-imagine-video-1.5-lite', reference_images: [{ url: 'https://example.com/b.jpg' }] },
    },
    statuses: [400],
    cost: 'free',
  },
  {
    // One past the limit the live API has answered 400 for since 2026-09 (14); also past the older 7.
    name: '15 reference images',
    operationId: 'generateVideo',
    body: {
      json: { ...textToVideoBody(), reference_images: Array.from({ length: 15 }, (_, i) => ({ url: `https://example.com/r${i}.jpg` })) },
    },
    statuses: [400],
    cost: 'free',
  },
  // Cross-field rules a schema cannot express: the live API answers 400, but if it were
  // lenient it would bill a job, so they run only when billed flows are asked for.
  {
    name: 'unknown top-level field',
    operationId: 'generateVideo',
    body: { json: { ...textToVideoBody(), seed: 42 } },
    statuses: SCHEMA_INVALID,
    cost: 'billed',
  },
  {
    name: 'reference-to-video over 10 s',
    operationId: 'generateVideo',
    body: { json: { ...textToVideoBody(), duration: 12, reference_images: [{ url: 'https://example.com/b.jpg' }] } },
    statuses: [400],
    cost: 'billed',
  },
  {
    name: 'reference-to-video at 1080p',
    operationId: 'generateVideo',
    body: {
      json: {
        ...textToVideoBody(),
        model: 'grok-imagine-video-1.5',
        resolution: '1080p',
        reference_images: [{ url: 'https://example.com/b.jpg' }],
      },
    },
    statuses: [400],
    cost: 'billed',
  },
  {
    name: '1080p on the base model',
    operationId: 'generateVideo',
    body: { json: { ...textToVideoBody(), resolution: '1080p' } },
    statuses: [400],
    cost: 'billed',
  },
  // What the schema states (GenerateVideoRequest's modes, exclusive bounds, fields that
  // exclude each other, URL syntax): the live API's answers are unconfirmed, and a lenient
  // server might create a job, so they run only when billed flows are asked for.
  {
    name: 'text-to-video without a prompt',
    operationId: 'generateVideo',
    body: { json: { model: CHEAP_MODEL, duration: 1 } },
    statuses: SCHEMA_INVALID,
    cost: 'billed',
  },
  {
    name: 'an empty object (no input for any mode)',
    operationId: 'generateVideo',
    body: { json: {} },
    statuses: SCHEMA_INVALID,
    cost: 'billed',
  },
  {
    name: 'voices alone, without a prompt',
    operationId: 'generateVideo',
    body: { json: { model: CHEAP_MODEL, duration: 1, reference_audios: [{ voice_id: 'eve' }] } },
    statuses: SCHEMA_INVALID,
    cost: 'billed',
  },
  {
    name: 'a keyframe at 0 s (the bound is exclusive)',
    operationId: 'generateVideo',
    body: {
      json: {
        model: 'grok-imagine-video-1.5',
        prompt: 'A boat',
        duration: 2,
        keyframes: [{ image: { file_id: 'file_k' }, timestamp_s: 0 }],
      },
    },
    statuses: SCHEMA_INVALID,
    cost: 'billed',
  },
  {
    name: 'duration together with its alias seconds',
    operationId: 'generateVideo',
    body: { json: { ...textToVideoBody(), duration: 1, seconds: 1 } },
    statuses: SCHEMA_INVALID,
    cost: 'billed',
  },
  {
    name: 'an upload_url that no URL parser reads (https://))',
    operationId: 'generateVideo',
    body: { json: { ...textToVideoBody(), output: { upload_url: 'https://)' } } },
    statuses: SCHEMA_INVALID,
    cost: 'billed',
  },
];
