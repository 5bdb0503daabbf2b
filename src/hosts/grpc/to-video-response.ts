// The REST job body's result fields (openapi/xai-video.yaml DoneVideoStatus,
// FailedVideoStatus) as the proto's VideoResponse: video, model, usage, error, progress.
import type { FileOutput } from './generated/xai_api/FileOutput.js';
import type { GeneratedVideo } from './generated/xai_api/GeneratedVideo.js';
import type { SamplingUsage } from './generated/xai_api/SamplingUsage.js';
import type { VideoResponse } from './generated/xai_api/VideoResponse.js';

type Json = Record<string, unknown>;

function objectAt(json: Json, key: string): Json | undefined {
  const value = json[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function stringAt(json: Json, key: string): string | undefined {
  const value = json[key];
  return typeof value === 'string' ? value : undefined;
}

function numberAt(json: Json, key: string): number | undefined {
  const value = json[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** REST gives unix seconds (or, defensively, an ISO date); the proto a Timestamp. */
function timestampAt(json: Json, key: string): { seconds: number } | undefined {
  const value = json[key];
  const ms = typeof value === 'number' ? value * 1000 : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isFinite(ms) ? { seconds: Math.floor(ms / 1000) } : undefined;
}

export function toFileOutput(json: Json): FileOutput {
  const output: FileOutput = { file_id: stringAt(json, 'file_id') ?? '', filename: stringAt(json, 'filename') ?? '' };
  const publicUrl = stringAt(json, 'public_url');
  const publicUrlError = stringAt(json, 'public_url_error');
  const expiresAt = timestampAt(json, 'expires_at');
  const publicUrlExpiresAt = timestampAt(json, 'public_url_expires_at');
  if (publicUrl !== undefined) output.public_url = publicUrl;
  if (publicUrlError !== undefined) output.public_url_error = publicUrlError;
  if (expiresAt) output.expires_at = expiresAt;
  if (publicUrlExpiresAt) output.public_url_expires_at = publicUrlExpiresAt;
  return output;
}

/**
 * `respect_moderation` defaults to true when REST leaves it out: proto3's default would
 * be false, which the Python SDK reads as "withheld by moderation".
 */
export function toGeneratedVideo(json: Json): GeneratedVideo {
  const video: GeneratedVideo = {
    url: stringAt(json, 'url') ?? '',
    duration: numberAt(json, 'duration') ?? 0,
    respect_moderation: json.respect_moderation !== false,
  };
  const fileOutput = objectAt(json, 'file_output');
  const storageError = stringAt(json, 'storage_error');
  if (fileOutput) video.file_output = toFileOutput(fileOutput);
  if (storageError !== undefined) video.storage_error = storageError;
  return video;
}

export function toUsage(json: Json): SamplingUsage {
  const ticks = numberAt(json, 'cost_in_usd_ticks');
  return ticks === undefined ? {} : { cost_in_usd_ticks: ticks };
}

/** `progress` falls back to what the proto documents: 100 when done, 0 when failed. */
export function toVideoResponse(body: Json, defaultProgress: number): VideoResponse {
  const response: VideoResponse = { progress: numberAt(body, 'progress') ?? defaultProgress };
  const video = objectAt(body, 'video');
  const usage = objectAt(body, 'usage');
  const error = objectAt(body, 'error');
  const model = stringAt(body, 'model');
  if (video) response.video = toGeneratedVideo(video);
  if (model !== undefined) response.model = model;
  if (usage) response.usage = toUsage(usage);
  if (error) response.error = { code: stringAt(error, 'code') ?? '', message: stringAt(error, 'message') ?? '' };
  return response;
}
