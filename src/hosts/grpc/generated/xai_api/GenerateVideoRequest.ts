// Original file: src/hosts/grpc/proto/xai/api/v1/video.proto

import type { ImageUrlContent as _xai_api_ImageUrlContent, ImageUrlContent__Output as _xai_api_ImageUrlContent__Output } from '../xai_api/ImageUrlContent.js';
import type { VideoUrlContent as _xai_api_VideoUrlContent, VideoUrlContent__Output as _xai_api_VideoUrlContent__Output } from '../xai_api/VideoUrlContent.js';
import type { VideoAspectRatio as _xai_api_VideoAspectRatio, VideoAspectRatio__Output as _xai_api_VideoAspectRatio__Output } from '../xai_api/VideoAspectRatio.js';
import type { VideoResolution as _xai_api_VideoResolution, VideoResolution__Output as _xai_api_VideoResolution__Output } from '../xai_api/VideoResolution.js';
import type { StorageOptions as _xai_api_StorageOptions, StorageOptions__Output as _xai_api_StorageOptions__Output } from '../xai_api/StorageOptions.js';
import type { AudioUrlContent as _xai_api_AudioUrlContent, AudioUrlContent__Output as _xai_api_AudioUrlContent__Output } from '../xai_api/AudioUrlContent.js';

export interface GenerateVideoRequest {
  'prompt'?: (string);
  'image'?: (_xai_api_ImageUrlContent | null);
  'model'?: (string);
  'duration'?: (number);
  'video'?: (_xai_api_VideoUrlContent | null);
  'aspect_ratio'?: (_xai_api_VideoAspectRatio);
  'resolution'?: (_xai_api_VideoResolution);
  'reference_images'?: (_xai_api_ImageUrlContent)[];
  'storage_options'?: (_xai_api_StorageOptions | null);
  'reference_audios'?: (_xai_api_AudioUrlContent)[];
  'generate_audio'?: (boolean);
  '_duration'?: "duration";
  '_aspect_ratio'?: "aspect_ratio";
  '_resolution'?: "resolution";
  '_storage_options'?: "storage_options";
  '_generate_audio'?: "generate_audio";
}

export interface GenerateVideoRequest__Output {
  'prompt'?: (string);
  'image'?: (_xai_api_ImageUrlContent__Output);
  'model'?: (string);
  'duration'?: (number);
  'video'?: (_xai_api_VideoUrlContent__Output);
  'aspect_ratio'?: (_xai_api_VideoAspectRatio__Output);
  'resolution'?: (_xai_api_VideoResolution__Output);
  'reference_images'?: (_xai_api_ImageUrlContent__Output)[];
  'storage_options'?: (_xai_api_StorageOptions__Output);
  'reference_audios'?: (_xai_api_AudioUrlContent__Output)[];
  'generate_audio'?: (boolean);
}
