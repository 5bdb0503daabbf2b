// A GenerateVideo or ExtendVideo request as the REST body the core validates, and which
// REST operation it is. GenerateVideo carries four kinds of job (the proto and the
// Python SDK's `client.video.generate` docs): `video` set makes it an edit
// (POST /v1/videos/edits); otherwise it is a generation, image-, reference- or
// text-to-video by which inputs are set. Fields an operation does not take are passed
// on, not dropped, so the spec rejects them by name (422) instead of ignoring them.
import type { ExtendVideoRequest__Output } from './generated/xai_api/ExtendVideoRequest.js';
import type { GenerateVideoRequest__Output } from './generated/xai_api/GenerateVideoRequest.js';
import { toImageInput, toReferenceAudio, toStorageOptions, toVideoInput } from './to-rest-inputs.js';
import type { CreateOperationId } from './video-core.js';
import { ASPECT_RATIO_OF, RESOLUTION_OF, restEnumValue } from './video-enums.js';

export interface RestRequest {
  operationId: CreateOperationId;
  body: Record<string, unknown>;
}

type Json = Record<string, unknown>;

/** Sets `key` unless the value is absent; proto3 cannot tell "" or [] from unset, so those count as absent. */
function put(body: Json, key: string, value: unknown): void {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
  body[key] = value;
}

/** The fields GenerateVideo and ExtendVideo share. */
function commonFields(request: GenerateVideoRequest__Output | ExtendVideoRequest__Output): Json {
  const body: Json = {};
  put(body, 'model', request.model);
  put(body, 'prompt', request.prompt);
  put(body, 'duration', request.duration);
  if (request.video) body.video = toVideoInput(request.video);
  if (request.storage_options) body.storage_options = toStorageOptions(request.storage_options);
  return body;
}

export function generateVideoToRest(request: GenerateVideoRequest__Output): RestRequest {
  const body = commonFields(request);
  if (request.image) body.image = toImageInput(request.image);
  put(body, 'aspect_ratio', restEnumValue('VideoAspectRatio', request.aspect_ratio, ASPECT_RATIO_OF));
  put(body, 'resolution', restEnumValue('VideoResolution', request.resolution, RESOLUTION_OF));
  put(body, 'reference_images', request.reference_images?.map(toImageInput));
  put(body, 'reference_audios', request.reference_audios?.map(toReferenceAudio));
  put(body, 'generate_audio', request.generate_audio);
  return { operationId: request.video ? 'editVideo' : 'generateVideo', body };
}

export function extendVideoToRest(request: ExtendVideoRequest__Output): RestRequest {
  return { operationId: 'extendVideo', body: commonFields(request) };
}
