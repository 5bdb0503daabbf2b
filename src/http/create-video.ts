// POST /v1/videos/{generations,extensions,edits}: validate like the live API, then pack
// the job into its request_id and answer 200 {request_id} at once.
import { countInputImages, defaultModel, findModel, requestedSeconds, requestModel } from '../capabilities/index.js';
import { encodeJobId, planJob, type JobRequest, type JobSettings, type Operation } from '../lifecycle/index.js';
import type { CreateOperationId } from '../spec/index.js';
import { ApiError, injectedError } from './api-error.js';
import { describeSchemaError } from './describe-schema-error.js';
import type { MockContext } from './mock-context.js';
import type { MockControls } from './mock-controls.js';
import type { Reply } from './reply.js';
import { imageAspectRatio } from './image-aspect-ratio.js';
import { checkCreateRules, checkSourceLength } from './request-rules.js';
import { resolveSourceVideo } from './source-video.js';

type Body = Record<string, unknown>;
export type { CreateOperationId };

const OPERATION_OF: Record<CreateOperationId, Operation> = {
  generateVideo: 'generation',
  extendVideo: 'extension',
  editVideo: 'edit',
};

function jobRequest(operationId: CreateOperationId, body: Body, controls: MockControls, context: MockContext): JobRequest {
  // The ticket holds the model's id, not an alias: a finished job reports the model that
  // made it, ignoring aliases (xai-proto video.proto, VideoResponse.model).
  const row = requestModel(body);
  const model = row?.id ?? String(body.model);
  const operation = OPERATION_OF[operationId];
  const base = { operation, model, inputImages: countInputImages(body) } as JobRequest;
  if (operationId === 'generateVideo') {
    const seconds = requestedSeconds(body) as number | undefined;
    const image = body.image as { url?: string; image_url?: string } | undefined;
    const aspectRatio = image ? imageAspectRatio(image, model, controls.inputAspectRatio) : body.aspect_ratio;
    return {
      ...base,
      durationSeconds: seconds,
      resolution: body.resolution,
      aspectRatio,
      generateAudio: body.generate_audio,
    } as JobRequest;
  }
  const source = resolveSourceVideo(body.video as { url?: string }, context.decodeJob, controls.inputDuration);
  checkSourceLength(operationId, body, source.durationSeconds);
  const maxResolution = row?.operations[operationId]?.max_resolution;
  return { ...base, source, maxResolution, durationSeconds: body.duration as number | undefined } as JobRequest;
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

/**
 * The rate-limit bucket of a body not yet validated: the model it names (an alias shares its
 * model's bucket), never the raw value, which may be any JSON (String() of an array nested
 * 100,000 deep recurses) or a megabyte of text kept as a map key.
 */
export function rateLimitBucket(model: unknown): string {
  if (model === undefined) return defaultModel().id;
  return (typeof model === 'string' && findModel(model)?.id) || 'unknown-model';
}

function checkRateLimit(context: MockContext, apiKey: string, model: unknown): void {
  const waitMs = context.rateLimiter?.check(apiKey, rateLimitBucket(model), context.clock.now()) ?? 0;
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
  checkCreateRules(operationId, body);
  const operation = OPERATION_OF[operationId];
  const ticket = planJob(jobRequest(operationId, body, controls, context), jobSettings(controls, context));
  const requestId = encodeJobId(ticket, context.options.secret, context.nextNonce());
  context.recentJobs.add({ request_id: requestId, operation, created_at: new Date(ticket.createdAtMs).toISOString() });
  return { status: 200, json: { request_id: requestId } };
}
