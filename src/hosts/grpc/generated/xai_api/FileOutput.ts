// Original file: src/hosts/grpc/proto/xai/api/v1/image.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../google/protobuf/Timestamp.js';

export interface FileOutput {
  'file_id'?: (string);
  'filename'?: (string);
  'public_url'?: (string);
  'public_url_expires_at'?: (_google_protobuf_Timestamp | null);
  'expires_at'?: (_google_protobuf_Timestamp | null);
  'public_url_error'?: (string);
  '_public_url'?: "public_url";
  '_public_url_expires_at'?: "public_url_expires_at";
  '_expires_at'?: "expires_at";
  '_public_url_error'?: "public_url_error";
}

export interface FileOutput__Output {
  'file_id'?: (string);
  'filename'?: (string);
  'public_url'?: (string);
  'public_url_expires_at'?: (_google_protobuf_Timestamp__Output);
  'expires_at'?: (_google_protobuf_Timestamp__Output);
  'public_url_error'?: (string);
}
