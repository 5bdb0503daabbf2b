// The mock's core as the gRPC host's VideoCore: each call enters the core as a decoded
// operation (src/server/mock-request.ts), so it meets the same guard (faults, auth, rate
// limits), controls, rules and answers as its REST twin, and shares the core's store
// with the HTTP host (poll counts, the clock, rate-limit buckets, the recent jobs).
// `video.url` is built on the HTTP host that serves the files (or on `publicUrl`), so a
// job created over gRPC has the same playable MP4 as one created over REST. The `prefer`
// metadata counts as the client's (sent with every call), so a poll passes over the job's
// controls that its create already applied.
import type { DecodedCall, MockCore } from '../../server/index.js';
import type { CallMetadata, VideoCore } from './video-core.js';

/** `videoBaseUrl` is read on every call: the HTTP host may learn its port after the gRPC host starts. */
export function mockVideoCore(core: MockCore, videoBaseUrl: () => string): VideoCore {
  const callOf = (metadata: CallMetadata): DecodedCall => ({
    headers: { authorization: metadata.authorization, prefer: metadata.prefer },
    origin: videoBaseUrl(),
    // The Python SDK has no per-call metadata: Client(metadata=...) goes with every call.
    preferPerClient: true,
  });
  return {
    create: (operationId, body, metadata) => core.handleOperation({ operationId, body }, callOf(metadata)),
    poll: (requestId, metadata) => core.handleOperation({ operationId: 'getVideo', requestId }, callOf(metadata)),
  };
}
