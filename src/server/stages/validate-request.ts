// Validate stage: a create body against the spec's compiled schema, then the cross-field
// rules of the request's model (request-rules.ts), then what the request points at: the
// first frame for image-to-video (its ratio is the output's; a `data:` PNG or JPEG is kept
// for the video to open on), the source video for extensions and edits (its length has
// limits too). The result is everything the lifecycle stage needs to plan the job.
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

function generation(body: Body, controls: MockControls): MaybeAsync<ValidCreate | ApiError> {
  const image = body.image as Image | undefined;
  if (!image) return { operation: 'generation', body };
  // The rules passed, so the request names a row of the table (or none: the default).
  const row = requestModel(body)!;
  return andThen(readFirstFrame(image, row.id, controls.inputAspectRatio), (frame) =>
    frame instanceof ApiError
      ? frame
      : { operation: 'generation' as const, body, imageAspectRatio: frame.aspectRatio, firstFrame: frame.bytes },
  );
}

export function validateCreate(
  operationId: CreateOperationId,
  body: Body,
  controls: MockControls,
  deps: ValidateDeps,
): MaybeAsync<ValidCreate | ApiError> {
  const errors = deps.validateRequestBody(operationId, body);
  if (errors) return describeSchemaError(errors, body);
  const operation = OPERATION_OF[operationId];
  const broken = checkRequestRules({ operation, body });
  if (broken) return broken;
  if (operation === 'generation') return generation(body, controls);
  const source = resolveSourceVideo(body.video as { url?: string }, deps.decodeJob, controls.inputDuration);
  return andThen(source, (resolved) => {
    if (resolved instanceof ApiError) return resolved;
    return checkRequestRules({ operation, body, source: resolved }) ?? { operation, body, source: resolved };
  });
}
