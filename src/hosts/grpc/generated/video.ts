import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { AudioUrlContent as _xai_api_AudioUrlContent, AudioUrlContent__Output as _xai_api_AudioUrlContent__Output } from './xai_api/AudioUrlContent.js';
import type { ExtendVideoRequest as _xai_api_ExtendVideoRequest, ExtendVideoRequest__Output as _xai_api_ExtendVideoRequest__Output } from './xai_api/ExtendVideoRequest.js';
import type { FileOutput as _xai_api_FileOutput, FileOutput__Output as _xai_api_FileOutput__Output } from './xai_api/FileOutput.js';
import type { GenerateVideoRequest as _xai_api_GenerateVideoRequest, GenerateVideoRequest__Output as _xai_api_GenerateVideoRequest__Output } from './xai_api/GenerateVideoRequest.js';
import type { GeneratedVideo as _xai_api_GeneratedVideo, GeneratedVideo__Output as _xai_api_GeneratedVideo__Output } from './xai_api/GeneratedVideo.js';
import type { GetDeferredVideoRequest as _xai_api_GetDeferredVideoRequest, GetDeferredVideoRequest__Output as _xai_api_GetDeferredVideoRequest__Output } from './xai_api/GetDeferredVideoRequest.js';
import type { GetDeferredVideoResponse as _xai_api_GetDeferredVideoResponse, GetDeferredVideoResponse__Output as _xai_api_GetDeferredVideoResponse__Output } from './xai_api/GetDeferredVideoResponse.js';
import type { ImageUrlContent as _xai_api_ImageUrlContent, ImageUrlContent__Output as _xai_api_ImageUrlContent__Output } from './xai_api/ImageUrlContent.js';
import type { PublicUrlOptions as _xai_api_PublicUrlOptions, PublicUrlOptions__Output as _xai_api_PublicUrlOptions__Output } from './xai_api/PublicUrlOptions.js';
import type { SamplingUsage as _xai_api_SamplingUsage, SamplingUsage__Output as _xai_api_SamplingUsage__Output } from './xai_api/SamplingUsage.js';
import type { StartDeferredResponse as _xai_api_StartDeferredResponse, StartDeferredResponse__Output as _xai_api_StartDeferredResponse__Output } from './xai_api/StartDeferredResponse.js';
import type { StorageOptions as _xai_api_StorageOptions, StorageOptions__Output as _xai_api_StorageOptions__Output } from './xai_api/StorageOptions.js';
import type { VideoClient as _xai_api_VideoClient, VideoDefinition as _xai_api_VideoDefinition } from './xai_api/Video.js';
import type { VideoError as _xai_api_VideoError, VideoError__Output as _xai_api_VideoError__Output } from './xai_api/VideoError.js';
import type { VideoResponse as _xai_api_VideoResponse, VideoResponse__Output as _xai_api_VideoResponse__Output } from './xai_api/VideoResponse.js';
import type { VideoUrlContent as _xai_api_VideoUrlContent, VideoUrlContent__Output as _xai_api_VideoUrlContent__Output } from './xai_api/VideoUrlContent.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
  xai_api: {
    AudioUrlContent: MessageTypeDefinition<_xai_api_AudioUrlContent, _xai_api_AudioUrlContent__Output>
    DeferredStatus: EnumTypeDefinition
    ExtendVideoRequest: MessageTypeDefinition<_xai_api_ExtendVideoRequest, _xai_api_ExtendVideoRequest__Output>
    FileOutput: MessageTypeDefinition<_xai_api_FileOutput, _xai_api_FileOutput__Output>
    GenerateVideoRequest: MessageTypeDefinition<_xai_api_GenerateVideoRequest, _xai_api_GenerateVideoRequest__Output>
    GeneratedVideo: MessageTypeDefinition<_xai_api_GeneratedVideo, _xai_api_GeneratedVideo__Output>
    GetDeferredVideoRequest: MessageTypeDefinition<_xai_api_GetDeferredVideoRequest, _xai_api_GetDeferredVideoRequest__Output>
    GetDeferredVideoResponse: MessageTypeDefinition<_xai_api_GetDeferredVideoResponse, _xai_api_GetDeferredVideoResponse__Output>
    ImageDetail: EnumTypeDefinition
    ImageUrlContent: MessageTypeDefinition<_xai_api_ImageUrlContent, _xai_api_ImageUrlContent__Output>
    PublicUrlOptions: MessageTypeDefinition<_xai_api_PublicUrlOptions, _xai_api_PublicUrlOptions__Output>
    SamplingUsage: MessageTypeDefinition<_xai_api_SamplingUsage, _xai_api_SamplingUsage__Output>
    ServerSideTool: EnumTypeDefinition
    StartDeferredResponse: MessageTypeDefinition<_xai_api_StartDeferredResponse, _xai_api_StartDeferredResponse__Output>
    StorageOptions: MessageTypeDefinition<_xai_api_StorageOptions, _xai_api_StorageOptions__Output>
    Video: SubtypeConstructor<typeof grpc.Client, _xai_api_VideoClient> & { service: _xai_api_VideoDefinition }
    VideoAspectRatio: EnumTypeDefinition
    VideoError: MessageTypeDefinition<_xai_api_VideoError, _xai_api_VideoError__Output>
    VideoResolution: EnumTypeDefinition
    VideoResponse: MessageTypeDefinition<_xai_api_VideoResponse, _xai_api_VideoResponse__Output>
    VideoUrlContent: MessageTypeDefinition<_xai_api_VideoUrlContent, _xai_api_VideoUrlContent__Output>
  }
}

