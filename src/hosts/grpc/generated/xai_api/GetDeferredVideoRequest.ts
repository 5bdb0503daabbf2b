// Original file: src/hosts/grpc/proto/xai/api/v1/video.proto


export interface GetDeferredVideoRequest {
  'request_id'?: (string);
}

export interface GetDeferredVideoRequest__Output {
  'request_id'?: (string);
}
