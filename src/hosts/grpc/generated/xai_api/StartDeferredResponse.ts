// Original file: src/hosts/grpc/proto/xai/api/v1/deferred.proto


export interface StartDeferredResponse {
  'request_id'?: (string);
}

export interface StartDeferredResponse__Output {
  'request_id'?: (string);
}
