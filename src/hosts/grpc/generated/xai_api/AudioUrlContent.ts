// Original file: src/hosts/grpc/proto/xai/api/v1/video.proto


export interface AudioUrlContent {
  'voice_id'?: (string);
  'source'?: "voice_id";
}

export interface AudioUrlContent__Output {
  'voice_id'?: (string);
}
