// POST /v1/videos/{generations,extensions,edits}: validate like the live API, then pack
// the job into its request_id and answer 200 {request_id} at once.
import { encodeJobId, planJob, type JobRequest, type JobSettings, type Operation } from '../../lifecycle/index.js';
import type { OperationId } from '../../spec/index.js';
import { ApiError, injectedError } from '../error-catalogue.js';
import { describeSchemaError } from '../internal/describe-schema-error.js';
import type { MockContext } from '../mock-context.js';
import type { MockControls } from '../mock-controls.js';
import type { Reply } from '../mock-request.js';
import { checkGenerationRules, checkSourceLength, countInputImages, requestedSeconds } from './request-rules.js';
import { resolveSourceVideo } from '../internal/source-video.js';

type Body = Record<string, unknown>;
export type CreateOperationId = Exclude<OperationId, 'getVideo'>;

const OPERATION_OF: Record<CreateOperationId, Operation> = {
  generateVideo: 'generation',
  extendVideo: 'extension',
  editVideo: 'edit',
};

function jobRequest(operation: Operation, body: Body, controls: MockControls, context: MockContext): JobRequest {
  const base = { operation, model: body.model, inputImages: countInputImages(body) } as JobRequest;
  if (operation === 'generation') {
    const seconds = requestedSeconds(body);
    checkGenerationRules(body, seconds ?? 8);
    return { ...base, durationSeconds: seconds, resolution: body.resolution, aspectRatio: body.aspect_ratio } as JobRequest;
  }
  const source = resolveSourceVideo(body.video as { url?: string }, context.decodeJob, controls.inputDuration);
  checkSourceLength(operation, source.durationSeconds);
  return { ...base, source, durationSeconds: body.duration as number | undefined };
}

function jobSettings(controls: MockControls, context: MockContext): JobSettings {
  const { options } = context;
  const failedByCode = controls.errorCode !== undefined && controls.outcome === undefined;
  return {
    nowMs: context.clock.now(),
    timing: { mode: controls.timing ?? options.timing, polls: controls.polls ?? options.polls },
    timeScale: options.timeScale,
    dialect: { ...options.dialect, ...controls.dialect },
    outcome: {
      kind: failedByCode ? 'failed' : (controls.outcome ?? 'done'),
      errorCode: controls.errorCode ?? 'internal_error',
      pollErrorStatus: controls.pollStatus ?? 0,
    },
  };
}

function checkRateLimit(context: MockContext, apiKey: string, model: unknown): void {
  const waitMs = context.rateLimiter?.check(apiKey, String(model ?? 'grok-imagine-video'), context.clock.now()) ?? 0;
  if (waitMs > 0) {
    throw new ApiError(
      'rateLimited',
      `Rate limit exceeded: ${context.options.rateLimit ? context.options.rateLimit.perSecond : 1} request(s) per second per model.`,
      {
        'retry-after': String(Math.ceil(waitMs / 1000)),
      },
    );
  }
}

export function createVideo(
  operationId: CreateOperationId,
  body: Body,
  controls: MockControls,
  apiKey: string,
  context: MockContext,
): Reply {
  if (controls.createStatus !== undefined) throw injectedError(controls.createStatus, 'requested with Prefer: create-status');
  checkRateLimit(context, apiKey, body.model);
  const errors = context.validators.validateRequestBody(operationId, body);
  if (errors) throw describeSchemaError(errors, body);
  const operation = OPERATION_OF[operationId];
  const ticket = planJob(jobRequest(operation, body, controls, context), jobSettings(controls, context));
  const requestId = encodeJobId(ticket, context.options.secret, context.nextNonce());
  context.recentJobs.add({ request_id: requestId, operation, created_at: new Date(ticket.createdAtMs).toISOString() });
  return { status: 200, json: { request_id: requestId } };
}
