// Original file: src/hosts/grpc/proto/xai/api/v1/video.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ExtendVideoRequest as _xai_api_ExtendVideoRequest, ExtendVideoRequest__Output as _xai_api_ExtendVideoRequest__Output } from '../xai_api/ExtendVideoRequest.js';
import type { GenerateVideoRequest as _xai_api_GenerateVideoRequest, GenerateVideoRequest__Output as _xai_api_GenerateVideoRequest__Output } from '../xai_api/GenerateVideoRequest.js';
import type { GetDeferredVideoRequest as _xai_api_GetDeferredVideoRequest, GetDeferredVideoRequest__Output as _xai_api_GetDeferredVideoRequest__Output } from '../xai_api/GetDeferredVideoRequest.js';
import type { GetDeferredVideoResponse as _xai_api_GetDeferredVideoResponse, GetDeferredVideoResponse__Output as _xai_api_GetDeferredVideoResponse__Output } from '../xai_api/GetDeferredVideoResponse.js';
import type { StartDeferredResponse as _xai_api_StartDeferredResponse, StartDeferredResponse__Output as _xai_api_StartDeferredResponse__Output } from '../xai_api/StartDeferredResponse.js';

export interface VideoClient extends grpc.Client {
  ExtendVideo(argument: _xai_api_ExtendVideoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  ExtendVideo(argument: _xai_api_ExtendVideoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  ExtendVideo(argument: _xai_api_ExtendVideoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  ExtendVideo(argument: _xai_api_ExtendVideoRequest, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  extendVideo(argument: _xai_api_ExtendVideoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  extendVideo(argument: _xai_api_ExtendVideoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  extendVideo(argument: _xai_api_ExtendVideoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  extendVideo(argument: _xai_api_ExtendVideoRequest, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  
  GenerateVideo(argument: _xai_api_GenerateVideoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  GenerateVideo(argument: _xai_api_GenerateVideoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  GenerateVideo(argument: _xai_api_GenerateVideoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  GenerateVideo(argument: _xai_api_GenerateVideoRequest, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  generateVideo(argument: _xai_api_GenerateVideoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  generateVideo(argument: _xai_api_GenerateVideoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  generateVideo(argument: _xai_api_GenerateVideoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  generateVideo(argument: _xai_api_GenerateVideoRequest, callback: grpc.requestCallback<_xai_api_StartDeferredResponse__Output>): grpc.ClientUnaryCall;
  
  GetDeferredVideo(argument: _xai_api_GetDeferredVideoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_xai_api_GetDeferredVideoResponse__Output>): grpc.ClientUnaryCall;
  GetDeferredVideo(argument: _xai_api_GetDeferredVideoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_xai_api_GetDeferredVideoResponse__Output>): grpc.ClientUnaryCall;
  GetDeferredVideo(argument: _xai_api_GetDeferredVideoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_xai_api_GetDeferredVideoResponse__Output>): grpc.ClientUnaryCall;
  GetDeferredVideo(argument: _xai_api_GetDeferredVideoRequest, callback: grpc.requestCallback<_xai_api_GetDeferredVideoResponse__Output>): grpc.ClientUnaryCall;
  getDeferredVideo(argument: _xai_api_GetDeferredVideoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_xai_api_GetDeferredVideoResponse__Output>): grpc.ClientUnaryCall;
  getDeferredVideo(argument: _xai_api_GetDeferredVideoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_xai_api_GetDeferredVideoResponse__Output>): grpc.ClientUnaryCall;
  getDeferredVideo(argument: _xai_api_GetDeferredVideoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_xai_api_GetDeferredVideoResponse__Output>): grpc.ClientUnaryCall;
  getDeferredVideo(argument: _xai_api_GetDeferredVideoRequest, callback: grpc.requestCallback<_xai_api_GetDeferredVideoResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface VideoHandlers extends grpc.UntypedServiceImplementation {
  ExtendVideo: grpc.handleUnaryCall<_xai_api_ExtendVideoRequest__Output, _xai_api_StartDeferredResponse>;
  
  GenerateVideo: grpc.handleUnaryCall<_xai_api_GenerateVideoRequest__Output, _xai_api_StartDeferredResponse>;
  
  GetDeferredVideo: grpc.handleUnaryCall<_xai_api_GetDeferredVideoRequest__Output, _xai_api_GetDeferredVideoResponse>;
  
}

export interface VideoDefinition extends grpc.ServiceDefinition {
  ExtendVideo: MethodDefinition<_xai_api_ExtendVideoRequest, _xai_api_StartDeferredResponse, _xai_api_ExtendVideoRequest__Output, _xai_api_StartDeferredResponse__Output>
  GenerateVideo: MethodDefinition<_xai_api_GenerateVideoRequest, _xai_api_StartDeferredResponse, _xai_api_GenerateVideoRequest__Output, _xai_api_StartDeferredResponse__Output>
  GetDeferredVideo: MethodDefinition<_xai_api_GetDeferredVideoRequest, _xai_api_GetDeferredVideoResponse, _xai_api_GetDeferredVideoRequest__Output, _xai_api_GetDeferredVideoResponse__Output>
}
