// Lifecycle stage of POST /v1/videos/{generations,extensions,edits}: plan the job from the
// valid request, the per-request controls and the server's defaults, pack it into its
// request_id and answer 200 {request_id} at once, like the live API.
import { countInputImages, requestedSeconds, requestModel } from '../../capabilities/index.js';
import { encodeJobId, type JobRequest, type JobSettings, planJob } from '../../lifecycle/index.js';
import { type MaybeAsync, andThen } from '../maybe-async.js';
import type { FirstFrameCache } from '../first-frame-cache.js';
import type { MockControls } from '../mock-controls.js';
import type { NormalisedMockOptions } from '../mock-options.js';
import type { MockReply } from '../mock-request.js';
import type { MockStore } from '../mock-store.js';
import type { ValidCreate } from './validate-request.js';

export interface CreateDeps {
  options: NormalisedMockOptions;
  store: MockStore;
  /** Where an image-to-video job's picture waits for its video (per process). */
  firstFrames: FirstFrameCache;
  /** Tells apart jobs created in the same 10 ms tick. */
  nextNonce(): number;
}

function jobRequest({ operation, body, source, imageAspectRatio }: ValidCreate): JobRequest {
  // The ticket holds the model's id, not an alias: a finished job reports the model that
  // made it, ignoring aliases (xai-proto video.proto, VideoResponse.model).
  const row = requestModel(body);
  const model = row?.id ?? String(body.model);
  const inputImages = countInputImages(body);
  // Written out, not `{ ...base, more }`: V8 (Node 20) builds a spread followed by more
  // properties on a slow path, about 4 µs a create (bench/README.md).
  if (operation === 'generation') {
    return {
      operation,
      model,
      inputImages,
      durationSeconds: requestedSeconds(body) as number | undefined,
      resolution: body.resolution,
      aspectRatio: imageAspectRatio ?? body.aspect_ratio,
      generateAudio: body.generate_audio,
    } as JobRequest;
  }
  const limits = operation === 'extension' ? row?.operations.extendVideo : row?.operations.editVideo;
  return {
    operation,
    model,
    inputImages,
    source,
    maxResolution: limits?.max_resolution,
    durationSeconds: body.duration as number | undefined,
  } as JobRequest;
}

/** The request's controls over the server's defaults; an error code alone means "failed". */
export function jobSettings(controls: MockControls, options: NormalisedMockOptions, nowMs: number): JobSettings {
  const failedByCode = controls.errorCode !== undefined && controls.outcome === undefined;
  return {
    nowMs,
    timing: { mode: controls.timing ?? options.timing, polls: controls.polls ?? options.polls },
    timeScale: options.timeScale,
    dialect: { ...options.dialect, ...controls.dialect },
    outcome: {
      kind: failedByCode ? 'failed' : (controls.outcome ?? options.outcome),
      errorCode: controls.errorCode ?? options.errorCode,
      pollErrorStatus: controls.pollStatus ?? 0,
    },
  };
}

/** Creates come in bursts within one millisecond: the last ISO time is kept, as formatting costs near a µs. */
let lastIso = { ms: Number.NaN, text: '' };
function isoTime(ms: number): string {
  if (ms !== lastIso.ms) lastIso = { ms, text: new Date(ms).toISOString() };
  return lastIso.text;
}

export function createJob(valid: ValidCreate, controls: MockControls, nowMs: number, deps: CreateDeps): MaybeAsync<MockReply> {
  const ticket = planJob(jobRequest(valid), jobSettings(controls, deps.options, nowMs));
  const requestId = encodeJobId(ticket, deps.options.secret, deps.nextNonce());
  if (valid.firstFrame) deps.firstFrames.remember(requestId, valid.firstFrame);
  const recorded = deps.store.addRecentJob({
    request_id: requestId,
    operation: valid.operation,
    created_at: isoTime(ticket.createdAtMs),
  });
  return andThen(recorded, () => ({ status: 200, headers: {}, json: { request_id: requestId }, jobId: requestId }));
}
