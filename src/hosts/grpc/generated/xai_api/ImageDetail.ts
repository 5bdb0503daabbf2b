// Original file: src/hosts/grpc/proto/xai/api/v1/image.proto

export const ImageDetail = {
  DETAIL_INVALID: 'DETAIL_INVALID',
  DETAIL_AUTO: 'DETAIL_AUTO',
  DETAIL_LOW: 'DETAIL_LOW',
  DETAIL_HIGH: 'DETAIL_HIGH',
} as const;

export type ImageDetail =
  | 'DETAIL_INVALID'
  | 0
  | 'DETAIL_AUTO'
  | 1
  | 'DETAIL_LOW'
  | 2
  | 'DETAIL_HIGH'
  | 3

export type ImageDetail__Output = typeof ImageDetail[keyof typeof ImageDetail]
