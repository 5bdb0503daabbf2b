// The gRPC host: xAI's `xai_api.Video` service (what the official Python SDK calls) on top
// of the mock's core.
export { loadVideoProto, LOADER_OPTIONS, PROTO_ROOT, VIDEO_PROTO_FILE } from './load-video-proto.js';
export { readCallMetadata } from './read-call-metadata.js';
export { toDeferredVideoResponse } from './to-deferred-video-response.js';
export { grpcStatusOf, toGrpcError } from './to-grpc-error.js';
export { extendVideoToRest, generateVideoToRest } from './to-rest-request.js';
export type { RestRequest } from './to-rest-request.js';
export type { CallMetadata, CreateOperationId, MaybeAsync, RestReply, VideoCore } from './video-core.js';
export { ASPECT_RATIO_OF, REST_ONLY_ASPECT_RATIOS, RESOLUTION_OF } from './video-enums.js';
