// Original file: src/hosts/grpc/proto/xai/api/v1/video.proto


export interface VideoError {
  'code'?: (string);
  'message'?: (string);
}

export interface VideoError__Output {
  'code'?: (string);
  'message'?: (string);
}
