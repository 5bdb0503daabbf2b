// The proto's input messages as the spec's JSON inputs (openapi/xai-video.yaml
// ImageInput, VideoInput, ReferenceAudio, StorageOptions). A message that sets neither
// member of its oneof becomes `{}`, which the spec rejects with a message naming the
// field: an empty input is never dropped silently.
import type { AudioUrlContent__Output } from './generated/xai_api/AudioUrlContent.js';
import type { ImageUrlContent__Output } from './generated/xai_api/ImageUrlContent.js';
import type { StorageOptions__Output } from './generated/xai_api/StorageOptions.js';
import type { VideoUrlContent__Output } from './generated/xai_api/VideoUrlContent.js';

type Json = Record<string, unknown>;

/**
 * ImageUrlContent → ImageInput. `detail` is dropped: it tells image-understanding models
 * how finely to look, the Python SDK always sends DETAIL_AUTO, and REST has no such field.
 */
export function toImageInput(image: ImageUrlContent__Output): Json {
  if (image.image_url !== undefined) return { url: image.image_url };
  if (image.file_id !== undefined) return { file_id: image.file_id };
  return {};
}

/** VideoUrlContent → VideoInput. */
export function toVideoInput(video: VideoUrlContent__Output): Json {
  if (video.url !== undefined) return { url: video.url };
  if (video.file_id !== undefined) return { file_id: video.file_id };
  return {};
}

/** AudioUrlContent → ReferenceAudio (the proto has only preset voices). */
export function toReferenceAudio(audio: AudioUrlContent__Output): Json {
  return audio.voice_id === undefined ? {} : { voice_id: audio.voice_id };
}

/**
 * StorageOptions → StorageOptions. A present PublicUrlOptions without `expires_after`
 * is REST's `public_url: true` (the Python SDK sends it for `public_url=True`).
 */
export function toStorageOptions(options: StorageOptions__Output): Json {
  const json: Json = {};
  if (options.filename !== undefined) json.filename = options.filename;
  if (options.expires_after !== undefined) json.expires_after = options.expires_after;
  if (options.public_url !== undefined) {
    const { expires_after } = options.public_url;
    json.public_url = expires_after === undefined ? true : { expires_after };
  }
  return json;
}
