// Original file: src/hosts/grpc/proto/xai/api/v1/video.proto


export interface VideoUrlContent {
  'url'?: (string);
  'file_id'?: (string);
  'source'?: "url"|"file_id";
}

export interface VideoUrlContent__Output {
  'url'?: (string);
  'file_id'?: (string);
}
