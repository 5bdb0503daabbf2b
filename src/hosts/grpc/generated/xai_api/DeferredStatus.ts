// Original file: src/hosts/grpc/proto/xai/api/v1/deferred.proto

export const DeferredStatus = {
  INVALID_DEFERRED_STATUS: 'INVALID_DEFERRED_STATUS',
  DONE: 'DONE',
  EXPIRED: 'EXPIRED',
  PENDING: 'PENDING',
  FAILED: 'FAILED',
} as const;

export type DeferredStatus =
  | 'INVALID_DEFERRED_STATUS'
  | 0
  | 'DONE'
  | 1
  | 'EXPIRED'
  | 2
  | 'PENDING'
  | 3
  | 'FAILED'
  | 4

export type DeferredStatus__Output = typeof DeferredStatus[keyof typeof DeferredStatus]
