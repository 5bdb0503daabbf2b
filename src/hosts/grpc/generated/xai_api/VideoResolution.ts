// Original file: src/hosts/grpc/proto/xai/api/v1/video.proto

export const VideoResolution = {
  VIDEO_RESOLUTION_UNSPECIFIED: 'VIDEO_RESOLUTION_UNSPECIFIED',
  VIDEO_RESOLUTION_480P: 'VIDEO_RESOLUTION_480P',
  VIDEO_RESOLUTION_720P: 'VIDEO_RESOLUTION_720P',
  VIDEO_RESOLUTION_1080P: 'VIDEO_RESOLUTION_1080P',
} as const;

export type VideoResolution =
  | 'VIDEO_RESOLUTION_UNSPECIFIED'
  | 0
  | 'VIDEO_RESOLUTION_480P'
  | 1
  | 'VIDEO_RESOLUTION_720P'
  | 2
  | 'VIDEO_RESOLUTION_1080P'
  | 3

export type VideoResolution__Output = typeof VideoResolution[keyof typeof VideoResolution]
