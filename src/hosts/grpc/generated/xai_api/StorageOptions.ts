// Original file: src/hosts/grpc/proto/xai/api/v1/image.proto

import type { PublicUrlOptions as _xai_api_PublicUrlOptions, PublicUrlOptions__Output as _xai_api_PublicUrlOptions__Output } from '../xai_api/PublicUrlOptions.js';
import type { Long } from '@grpc/proto-loader';

export interface StorageOptions {
  'filename'?: (string);
  'expires_after'?: (number | string | Long);
  'public_url'?: (_xai_api_PublicUrlOptions | null);
  '_expires_after'?: "expires_after";
  '_public_url'?: "public_url";
}

export interface StorageOptions__Output {
  'filename'?: (string);
  'expires_after'?: (number);
  'public_url'?: (_xai_api_PublicUrlOptions__Output);
}
