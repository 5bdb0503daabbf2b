// Original file: src/hosts/grpc/proto/xai/api/v1/video.proto

import type { DeferredStatus as _xai_api_DeferredStatus, DeferredStatus__Output as _xai_api_DeferredStatus__Output } from '../xai_api/DeferredStatus.js';
import type { VideoResponse as _xai_api_VideoResponse, VideoResponse__Output as _xai_api_VideoResponse__Output } from '../xai_api/VideoResponse.js';

export interface GetDeferredVideoResponse {
  'status'?: (_xai_api_DeferredStatus);
  'response'?: (_xai_api_VideoResponse | null);
  '_response'?: "response";
}

export interface GetDeferredVideoResponse__Output {
  'status'?: (_xai_api_DeferredStatus__Output);
  'response'?: (_xai_api_VideoResponse__Output);
}
