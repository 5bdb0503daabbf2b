/**
 * `GET /v1/video-generation-models` and `/{model_id}`: the models a key can use, with
 * their aliases and modalities. Retried like every GET; a body that is not the documented
 * shape is an `UnexpectedResponseError`, not a silent `undefined`.
 */
import type { CallScope } from './call-scope.js';
import { UnexpectedResponseError } from './errors.js';
import { isRecord } from './internal/is-record.js';
import { parseJsonBody } from './internal/parse-json-body.js';
import type { ListVideoGenerationModelsResponse, VideoGenerationModel } from './schema-types.js';
import { sendWithRetry } from './send-with-retry.js';
import { toHttpError } from './to-http-error.js';
import type { RawResult, VideoClientContext } from './video-client-context.js';

const isModel = (value: unknown): value is VideoGenerationModel => isRecord(value) && typeof value.id === 'string' && value.id !== '';

async function readBody(result: RawResult, scope: CallScope, what: string, valid: (value: unknown) => boolean): Promise<unknown> {
  const { response } = result;
  if (!response.ok) throw toHttpError(result, scope);
  // Stryker disable next-line ConditionalExpression: with parseAs "text" the data is a string or undefined, and parseJsonBody(undefined) is what the other branch gives
  const parsed = parseJsonBody(typeof result.data === 'string' ? result.data : undefined);
  const body = parsed.ok ? parsed.value : parsed.text;
  if (!parsed.ok || !valid(body)) {
    throw new UnexpectedResponseError(`${what}: the body is not the documented shape`, {
      status: response.status,
      xRequestId: response.headers.get('x-request-id') ?? undefined,
      body,
    });
  }
  return body;
}

export async function listVideoModels(ctx: VideoClientContext, scope: CallScope): Promise<ListVideoGenerationModelsResponse> {
  const send = () => ctx.raw.GET('/v1/video-generation-models', { parseAs: 'text', signal: scope.signal });
  const valid = (body: unknown) => isRecord(body) && Array.isArray(body.models) && body.models.every(isModel);
  return (await readBody(
    await sendWithRetry('GET', send, scope),
    scope,
    'GET /v1/video-generation-models',
    valid,
  )) as ListVideoGenerationModelsResponse;
}

export async function getVideoModel(ctx: VideoClientContext, scope: CallScope, modelId: string): Promise<VideoGenerationModel> {
  if (typeof modelId !== 'string' || modelId === '') throw new TypeError('modelId must be a non-empty string');
  const send = () =>
    ctx.raw.GET('/v1/video-generation-models/{model_id}', {
      params: { path: { model_id: modelId } },
      parseAs: 'text',
      signal: scope.signal,
    });
  return (await readBody(
    await sendWithRetry('GET', send, scope),
    scope,
    `GET /v1/video-generation-models/${modelId}`,
    isModel,
  )) as VideoGenerationModel;
}
