// Where the project's copy of xAI's .proto files is (src/hosts/grpc/proto; in the package,
// dist/hosts/grpc/proto): for the gRPC host, and for any gRPC client of the mock that
// builds its stubs from them (`xai-video-contract/mock` exports both). No gRPC import here,
// so naming the files does not load grpc-js.
import { fileURLToPath } from 'node:url';

/** The include directory: every import inside the files is relative to it. */
export const PROTO_ROOT = fileURLToPath(new URL('./proto/', import.meta.url));
/** xai_api.Video, relative to PROTO_ROOT. */
export const VIDEO_PROTO_FILE = 'xai/api/v1/video.proto';
