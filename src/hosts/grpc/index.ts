// The gRPC host: xAI's `xai_api.Video` service (what the official Python SDK calls) on top
// of the mock's core.
export { loadVideoProto, LOADER_OPTIONS, PROTO_ROOT, VIDEO_PROTO_FILE } from './load-video-proto.js';
export { mockVideoCore } from './mock-video-core.js';
export { readCallMetadata } from './read-call-metadata.js';
export { startGrpcHost } from './start-grpc-host.js';
export type { GrpcHostOptions } from './start-grpc-host.js';
export { DEFAULT_GRPC_PORT, DEFAULT_MAX_MESSAGE_BYTES, startGrpcServer } from './start-grpc-server.js';
export type { GrpcServerOptions, GrpcStopReport, RunningGrpcServer } from './start-grpc-server.js';
export { toDeferredVideoResponse } from './to-deferred-video-response.js';
export { CONNECTION_RESET_DETAILS, grpcStatusOf, toGrpcError } from './to-grpc-error.js';
export { extendVideoToRest, generateVideoToRest } from './to-rest-request.js';
export type { RestRequest } from './to-rest-request.js';
export type { CallMetadata, CoreReply, CreateOperationId, MaybeAsync, RestReply, VideoCore } from './video-core.js';
export { ASPECT_RATIO_OF, REST_ONLY_ASPECT_RATIOS, RESOLUTION_OF } from './video-enums.js';
export { createVideoServiceHandlers } from './video-service-handlers.js';
export type { GrpcCallRecord, VideoServiceOptions } from './video-service-handlers.js';
