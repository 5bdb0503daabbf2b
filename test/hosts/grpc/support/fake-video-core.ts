// TEST FAKE of the core's narrow interface (src/hosts/grpc/video-core.ts), not the mock:
// it answers with whatever REST replies a test scripts, and records what the gRPC host
// passed in, for the host's own mapping tests. The real core (mock-video-core.ts) is
// tested through the host in cross-host.test.ts and test/conformance/grpc-host.test.ts.
import type { CallMetadata, CoreReply, CreateOperationId, VideoCore } from '../../../../src/hosts/grpc/index.js';

export interface RecordedCreate {
  operationId: CreateOperationId;
  body: Record<string, unknown>;
  call: CallMetadata;
}

export interface RecordedPoll {
  requestId: string;
  call: CallMetadata;
}

export interface FakeVideoCore extends VideoCore {
  creates: RecordedCreate[];
  polls: RecordedPoll[];
  /** The next create answers with this (default 200 {request_id: "fake-<n>"}). */
  createReplies: CoreReply[];
  /** Poll answers, served in order; the last one repeats. */
  pollReplies: CoreReply[];
  /** When set, the next call throws it (a fault inside the core). */
  failWith?: Error;
}

export function createFakeVideoCore(): FakeVideoCore {
  const core: FakeVideoCore = {
    creates: [],
    polls: [],
    createReplies: [],
    pollReplies: [],
    create(operationId, body, call) {
      if (core.failWith) throw core.failWith;
      core.creates.push({ operationId, body, call });
      return core.createReplies.shift() ?? { status: 200, json: { request_id: `fake-${core.creates.length}` } };
    },
    async poll(requestId, call) {
      if (core.failWith) throw core.failWith;
      core.polls.push({ requestId, call });
      const reply = core.pollReplies.length > 1 ? core.pollReplies.shift() : core.pollReplies[0];
      return reply ?? { status: 404, json: { code: 'not-found', error: `No video request with id ${requestId}.` } };
    },
  };
  return core;
}
