// The gRPC host: xAI's `xai_api.Video` service (what the official Python SDK calls) on top
// of the mock's core.
export { loadVideoProto, LOADER_OPTIONS, PROTO_ROOT, VIDEO_PROTO_FILE } from './load-video-proto.js';
