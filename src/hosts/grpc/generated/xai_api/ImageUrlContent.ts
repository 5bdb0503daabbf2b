// Original file: src/hosts/grpc/proto/xai/api/v1/image.proto

import type { ImageDetail as _xai_api_ImageDetail, ImageDetail__Output as _xai_api_ImageDetail__Output } from '../xai_api/ImageDetail.js';

export interface ImageUrlContent {
  'image_url'?: (string);
  'detail'?: (_xai_api_ImageDetail);
  'file_id'?: (string);
  'source'?: "image_url"|"file_id";
}

export interface ImageUrlContent__Output {
  'image_url'?: (string);
  'detail'?: (_xai_api_ImageDetail__Output);
  'file_id'?: (string);
}
