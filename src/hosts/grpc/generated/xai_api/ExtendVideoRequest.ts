// Original file: src/hosts/grpc/proto/xai/api/v1/video.proto

import type { VideoUrlContent as _xai_api_VideoUrlContent, VideoUrlContent__Output as _xai_api_VideoUrlContent__Output } from '../xai_api/VideoUrlContent.js';
import type { StorageOptions as _xai_api_StorageOptions, StorageOptions__Output as _xai_api_StorageOptions__Output } from '../xai_api/StorageOptions.js';

export interface ExtendVideoRequest {
  'prompt'?: (string);
  'video'?: (_xai_api_VideoUrlContent | null);
  'model'?: (string);
  'duration'?: (number);
  'storage_options'?: (_xai_api_StorageOptions | null);
  '_duration'?: "duration";
  '_storage_options'?: "storage_options";
}

export interface ExtendVideoRequest__Output {
  'prompt'?: (string);
  'video'?: (_xai_api_VideoUrlContent__Output);
  'model'?: (string);
  'duration'?: (number);
  'storage_options'?: (_xai_api_StorageOptions__Output);
}
