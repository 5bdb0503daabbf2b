// Validate stage: a create body against the spec's compiled schema, then the cross-field
// rules of the request's model (request-rules.ts), then what the request points at: the
// first frame for image-to-video (its ratio is the output's; a `data:` PNG or JPEG is kept
// for the video to open on), the source video for extensions and edits (its length has
// limits too). The result is everything the lifecycle stage needs to plan the job. Past the
// schema, a generation's `input_reference` is its `image` (withImageAlias).
import type { ErrorObject } from 'ajv';
import { requestModel } from '../../capabilities/index.js';
import type { AspectRatio, JobDecoder, Operation, SourceVideo } from '../../lifecycle/index.js';
import type { CreateOperationId } from '../../spec/index.js';
import { describeSchemaError } from '../internal/describe-schema-error.js';
import { readFirstFrame } from '../internal/read-first-frame.js';
import { resolveSourceVideo } from '../internal/source-video.js';
import { ApiError } from '../error-catalogue.js';
import { type MaybeAsync, andThen } from '../maybe-async.js';
import type { MockControls } from '../mock-controls.js';
import type { Body } from './read-body.js';
import { checkRequestRules } from './request-rules.js';

export type { CreateOperationId };

export const OPERATION_OF: Readonly<Record<CreateOperationId, Operation>> = {
  generateVideo: 'generation',
  extendVideo: 'extension',
  editVideo: 'edit',
};

export interface ValidCreate {
  operation: Operation;
  body: Body;
  /** Image-to-video: the output's ratio, the model's nearest to the first frame's. */
  imageAspectRatio?: AspectRatio;
  /** Image-to-video from a `data:` PNG or JPEG: the picture the video opens on. */
  firstFrame?: Uint8Array;
  source?: SourceVideo;
}

export interface ValidateDeps {
  validateRequestBody(operationId: CreateOperationId, body: unknown): ErrorObject[] | undefined;
  decodeJob: JobDecoder;
}

type Image = { url?: string; image_url?: string };

/**
 * `input_reference`, the deprecated alias of `image` (xAI's OpenAPI document: "same
 * semantics — first frame"), as `image`: the one place the alias is resolved, right after
 * the schema (which refuses both at once), so that the rules, the first frame, the price and
 * the job's plan read `image` alone, as if it had been sent so. A body with both (only one
 * the schema refused) keeps both: nothing sent is dropped.
 */
export function withImageAlias(body: Body): Body {
  if (body.input_reference === undefined || body.image !== undefined) return body;
  const { input_reference: image, ...rest } = body;
  return { ...rest, image };
}

/** `sent`: the name the image came under, for the messages that point into the body. */
function generation(body: Body, sent: string, controls: MockControls): MaybeAsync<ValidCreate | ApiError> {
  const image = body.image as Image | undefined;
  if (!image) return { operation: 'generation', body };
  // The rules passed, so the request names a row of the table (or none: the default).
  const row = requestModel(body)!;
  return andThen(readFirstFrame(image, row.id, controls.inputAspectRatio, sent), (frame) =>
    frame instanceof ApiError
      ? frame
      : { operation: 'generation' as const, body, imageAspectRatio: frame.aspectRatio, firstFrame: frame.bytes },
  );
}

/** The inputs a model takes a number of (the capability table's `max_items`), as ajv names them. */
const COUNTED_INPUTS = new Set(['/reference_images', '/reference_audios', '/keyframes']);

/**
 * Too many items of an input is the live API's 400 ("Too many reference images: 15.
 * Maximum allowed is 14."), not a field's 422, however far past the schema's `maxItems`
 * (the largest row's): the rules answer it. They read only the model and the inputs
 * before the count, so a body the schema stopped at is safe to give them.
 */
function overCount(operationId: CreateOperationId, body: Body, errors: ErrorObject[]): ApiError | undefined {
  if (operationId !== 'generateVideo' || !errors.some((e) => e.keyword === 'maxItems' && COUNTED_INPUTS.has(e.instancePath))) {
    return undefined;
  }
  return checkRequestRules({ operation: 'generation', body });
}

export function validateCreate(
  operationId: CreateOperationId,
  sent: Body,
  controls: MockControls,
  deps: ValidateDeps,
): MaybeAsync<ValidCreate | ApiError> {
  const errors = deps.validateRequestBody(operationId, sent);
  // Only generations have the alias: elsewhere `input_reference` is an unknown field (422).
  const body = operationId === 'generateVideo' ? withImageAlias(sent) : sent;
  // A schema error names the field as sent (its path is into the body the user wrote).
  if (errors) return overCount(operationId, body, errors) ?? describeSchemaError(errors, sent);
  const operation = OPERATION_OF[operationId];
  const broken = checkRequestRules({ operation, body });
  if (broken) return broken;
  if (operation === 'generation') return generation(body, sent.input_reference === undefined ? 'image' : 'input_reference', controls);
  const source = resolveSourceVideo(body.video as { url?: string }, deps.decodeJob, controls.inputDuration);
  return andThen(source, (resolved) => {
    if (resolved instanceof ApiError) return resolved;
    return checkRequestRules({ operation, body, source: resolved }) ?? { operation, body, source: resolved };
  });
}
