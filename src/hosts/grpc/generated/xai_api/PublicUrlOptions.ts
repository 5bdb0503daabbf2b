// Original file: src/hosts/grpc/proto/xai/api/v1/image.proto

import type { Long } from '@grpc/proto-loader';

export interface PublicUrlOptions {
  'expires_after'?: (number | string | Long);
  '_expires_after'?: "expires_after";
}

export interface PublicUrlOptions__Output {
  'expires_after'?: (number);
}
