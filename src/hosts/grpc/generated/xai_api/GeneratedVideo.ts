// Original file: src/hosts/grpc/proto/xai/api/v1/video.proto

import type { FileOutput as _xai_api_FileOutput, FileOutput__Output as _xai_api_FileOutput__Output } from '../xai_api/FileOutput.js';

export interface GeneratedVideo {
  'url'?: (string);
  'duration'?: (number);
  'respect_moderation'?: (boolean);
  'file_output'?: (_xai_api_FileOutput | null);
  'storage_error'?: (string);
  '_file_output'?: "file_output";
  '_storage_error'?: "storage_error";
}

export interface GeneratedVideo__Output {
  'url'?: (string);
  'duration'?: (number);
  'respect_moderation'?: (boolean);
  'file_output'?: (_xai_api_FileOutput__Output);
  'storage_error'?: (string);
}
