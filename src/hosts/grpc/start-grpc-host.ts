// The gRPC host of a running mock, beside its HTTP host (startMockServer starts both on
// one core): xai_api.Video on the mock's core, bound to the same address as HTTP, with
// the HTTP host's body limit as the message limit, and one access-log line per call.
import { status } from '@grpc/grpc-js';
import type { MockCore } from '../../server/index.js';
import { createAccessLog, createLogger, type GrpcAccessEntry } from '../internal/access-log.js';
import { mockVideoCore } from './mock-video-core.js';
import { type RunningGrpcServer, startGrpcServer } from './start-grpc-server.js';
import type { GrpcCallRecord } from './video-service-handlers.js';

export interface GrpcHostOptions {
  /** 0 picks any free port. */
  port: number;
  /** Where the HTTP host serves the video files: the base of `video.url` (unless `publicUrl` is set); read on every call. */
  videoBaseUrl: () => string;
}

function entryOf(record: GrpcCallRecord): GrpcAccessEntry {
  return {
    rpc: `/xai_api.Video/${record.method}`,
    grpc_status: status[record.code] ?? String(record.code),
    ...(record.requestId !== undefined && { request_id: record.requestId }),
    x_request_id: record.xRequestId ?? '',
    duration_ms: Math.round(record.durationMs * 100) / 100,
  };
}

export function startGrpcHost(core: MockCore, options: GrpcHostOptions): Promise<RunningGrpcServer> {
  const { log, quiet, host, maxBodyBytes } = core.options;
  const accessLog = createAccessLog<GrpcAccessEntry>(createLogger(log, quiet), 'call');
  return startGrpcServer({
    core: mockVideoCore(core, options.videoBaseUrl),
    host,
    port: options.port,
    maxMessageBytes: maxBodyBytes,
    now: () => performance.now(),
    onCall: (record) => {
      // As the HTTP host logs its last line of defence: the stack goes to the log, not to the client.
      if (record.failure !== undefined) {
        const error = record.failure as Error | undefined;
        log(JSON.stringify({ level: 'error', msg: 'unexpected error', error: String(error?.stack ?? error) }));
      }
      accessLog?.(entryOf(record));
    },
  });
}
