// Validate stage: a create body against the spec's compiled schema, then the cross-field
// rules (request-rules.ts), with what is known of the source video for extensions and
// edits. The result is everything the lifecycle stage needs to plan the job.
import type { ErrorObject } from 'ajv';
import type { JobDecoder, Operation, SourceVideo } from '../../lifecycle/index.js';
import type { OperationId } from '../../spec/index.js';
import { describeSchemaError } from '../internal/describe-schema-error.js';
import { resolveSourceVideo } from '../internal/source-video.js';
import { ApiError } from '../error-catalogue.js';
import { type MaybeAsync, andThen } from '../maybe-async.js';
import type { MockControls } from '../mock-controls.js';
import type { Body } from './read-body.js';
import { checkRequestRules } from './request-rules.js';

export type CreateOperationId = Exclude<OperationId, 'getVideo'>;

export const OPERATION_OF: Readonly<Record<CreateOperationId, Operation>> = {
  generateVideo: 'generation',
  extendVideo: 'extension',
  editVideo: 'edit',
};

export interface ValidCreate {
  operation: Operation;
  body: Body;
  source?: SourceVideo;
}

export interface ValidateDeps {
  validateRequestBody(operationId: CreateOperationId, body: unknown): ErrorObject[] | undefined;
  decodeJob: JobDecoder;
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
  if (operation === 'generation') return checkRequestRules({ operation, body }) ?? { operation, body };
  const source = resolveSourceVideo(body.video as { url?: string }, deps.decodeJob, controls.inputDuration);
  return andThen(source, (resolved) => {
    if (resolved instanceof ApiError) return resolved;
    return checkRequestRules({ operation, body, source: resolved }) ?? { operation, body, source: resolved };
  });
}
