// Original file: src/hosts/grpc/proto/xai/api/v1/video.proto

import type { GeneratedVideo as _xai_api_GeneratedVideo, GeneratedVideo__Output as _xai_api_GeneratedVideo__Output } from '../xai_api/GeneratedVideo.js';
import type { SamplingUsage as _xai_api_SamplingUsage, SamplingUsage__Output as _xai_api_SamplingUsage__Output } from '../xai_api/SamplingUsage.js';
import type { VideoError as _xai_api_VideoError, VideoError__Output as _xai_api_VideoError__Output } from '../xai_api/VideoError.js';

export interface VideoResponse {
  'video'?: (_xai_api_GeneratedVideo | null);
  'model'?: (string);
  'usage'?: (_xai_api_SamplingUsage | null);
  'error'?: (_xai_api_VideoError | null);
  'progress'?: (number);
  '_error'?: "error";
}

export interface VideoResponse__Output {
  'video'?: (_xai_api_GeneratedVideo__Output);
  'model'?: (string);
  'usage'?: (_xai_api_SamplingUsage__Output);
  'error'?: (_xai_api_VideoError__Output);
  'progress'?: (number);
}
