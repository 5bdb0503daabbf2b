/**
 * `createVideoClient`: the typed openapi-fetch client plus the create, poll and
 * create-and-wait operations built on it. Browser-safe: only `fetch`, `Request`,
 * `Headers`, `AbortSignal` and timers are used.
 */
import createClient from 'openapi-fetch';
import type { paths } from '../../generated/xai-video.js';
import { openScope, withRequestId, type CallScope } from './call-scope.js';
import { normaliseClientOptions, positive, type RequestOptions, type VideoClientOptions, type WaitOptions } from './client-options.js';
import { createJob, type CreatedJob } from './create-job.js';
import type { FinishedVideo } from './finished-video.js';
import { getVideoStatus, type VideoJobState } from './get-video-status.js';
import type {
  EditVideoBody,
  ExtendVideoBody,
  ExtendVideoRequest,
  GenerateVideoBody,
  GenerateVideoRequest,
  ListVideoGenerationModelsResponse,
  VideoGenerationModel,
} from './schema-types.js';
import type { RawResult, RawVideoClient, VideoClientContext } from './video-client-context.js';
import { getVideoModel, listVideoModels } from './video-models.js';
import { waitForVideo } from './wait-for-video.js';

export interface VideoClient {
  /** The typed openapi-fetch client (`raw.GET('/v1/videos/{request_id}', ...)`), authenticated. */
  readonly raw: RawVideoClient;
  /**
   * POST /v1/videos/generations. Retried on 429 only, never on 5xx or a network error:
   * the job may have been created and billed anyway (see `create-job.ts`).
   */
  createGeneration(body: GenerateVideoBody, options?: RequestOptions): Promise<CreatedJob>;
  /** POST /v1/videos/extensions. */
  createExtension(body: ExtendVideoBody, options?: RequestOptions): Promise<CreatedJob>;
  /** POST /v1/videos/edits. */
  createEdit(body: EditVideoBody, options?: RequestOptions): Promise<CreatedJob>;
  /** One poll (with GET retries): pending or done; terminal failures are thrown. */
  getVideo(requestId: string, options?: RequestOptions): Promise<VideoJobState>;
  /** Polls until the job is done; the first poll is immediate. */
  waitForVideo(requestId: string, options?: WaitOptions): Promise<FinishedVideo>;
  /**
   * `createGeneration`, then wait (one poll interval, then polls) under one deadline.
   * The POST is retried on 429 only: a 5xx may already have created a billed job.
   */
  generate(body: GenerateVideoBody, options?: WaitOptions): Promise<FinishedVideo>;
  /** `createExtension` then wait, under one deadline. */
  extend(body: ExtendVideoBody, options?: WaitOptions): Promise<FinishedVideo>;
  /** `createEdit` then wait, under one deadline. */
  edit(body: EditVideoBody, options?: WaitOptions): Promise<FinishedVideo>;
  /** GET /v1/video-generation-models: every model the key can use (GET retries). */
  listModels(options?: RequestOptions): Promise<ListVideoGenerationModelsResponse>;
  /** GET /v1/video-generation-models/{model_id}, by id or alias; an unknown model is a 404 `VideoHttpError`. */
  getModel(modelId: string, options?: RequestOptions): Promise<VideoGenerationModel>;
}

type Post<B> = (body: B, signal: AbortSignal | undefined) => Promise<RawResult>;

export function createVideoClient(options: VideoClientOptions): VideoClient {
  const settings = normaliseClientOptions(options);
  const raw = createClient<paths>({
    baseUrl: settings.baseUrl,
    fetch: settings.io.fetch,
    headers: { Authorization: `Bearer ${settings.apiKey}` },
  });
  const ctx: VideoClientContext = { raw, settings };
  // The generated request types make defaulted fields required; the API does not.
  const postGeneration: Post<GenerateVideoBody> = (body, signal) =>
    raw.POST('/v1/videos/generations', { body: body as GenerateVideoRequest, parseAs: 'text', signal });
  const postExtension: Post<ExtendVideoBody> = (body, signal) =>
    raw.POST('/v1/videos/extensions', { body: body as ExtendVideoRequest, parseAs: 'text', signal });
  const postEdit: Post<EditVideoBody> = (body, signal) => raw.POST('/v1/videos/edits', { body, parseAs: 'text', signal });
  // Every method is async so that invalid options reject instead of throwing synchronously.
  const create =
    <B>(post: Post<B>) =>
    async (body: B, opts?: RequestOptions) =>
      createJob((signal) => post(body, signal), openScope(settings, opts));
  const createAndWait =
    <B>(post: Post<B>) =>
    async (body: B, opts: WaitOptions = {}) => {
      const scope = openScope(settings, opts);
      const job = await createJob((signal) => post(body, signal), scope);
      return wait(ctx, scope, job.requestId, opts, true);
    };
  return {
    raw,
    createGeneration: create(postGeneration),
    createExtension: create(postExtension),
    createEdit: create(postEdit),
    getVideo: async (requestId, opts) => getVideoStatus(ctx, jobScope(openScope(settings, opts), requestId), requestId),
    waitForVideo: async (requestId, opts = {}) => wait(ctx, openScope(settings, opts), requestId, opts, false),
    generate: createAndWait(postGeneration),
    extend: createAndWait(postExtension),
    edit: createAndWait(postEdit),
    listModels: async (opts) => listVideoModels(ctx, openScope(settings, opts)),
    getModel: async (modelId, opts) => getVideoModel(ctx, openScope(settings, opts), modelId),
  };
}

/** The spec's `request_id` has `minLength: 1`; an empty one would poll the wrong path. */
function jobScope(scope: CallScope, requestId: string): CallScope {
  if (typeof requestId !== 'string' || requestId === '') throw new TypeError('requestId must be a non-empty string');
  return withRequestId(scope, requestId);
}

function wait(
  ctx: VideoClientContext,
  scope: CallScope,
  requestId: string,
  opts: WaitOptions,
  delayFirstPoll: boolean,
): Promise<FinishedVideo> {
  const pollIntervalMs = positive('pollIntervalMs', opts.pollIntervalMs ?? ctx.settings.pollIntervalMs);
  const plan = { pollIntervalMs, onProgress: opts.onProgress, delayFirstPoll };
  return waitForVideo(ctx, jobScope(scope, requestId), requestId, plan);
}
