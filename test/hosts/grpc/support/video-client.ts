// A gRPC client of xai_api.Video built from the project's .proto files, loaded the way a
// typical client loads them (zero values filled in, as the Python SDK sees messages), with
// promise helpers that resolve to the message or to the ServiceError.
import { credentials, loadPackageDefinition, Metadata, type ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { PROTO_ROOT, VIDEO_PROTO_FILE } from '../../../../src/hosts/grpc/index.js';
import type { ProtoGrpcType } from '../../../../src/hosts/grpc/generated/video.js';
import type { VideoClient } from '../../../../src/hosts/grpc/generated/xai_api/Video.js';

export type Outcome<T> = { ok: true; value: T; metadata: Metadata } | { ok: false; error: ServiceError };

const definition = loadSync(VIDEO_PROTO_FILE, {
  includeDirs: [PROTO_ROOT],
  keepCase: true,
  enums: String,
  longs: Number,
  defaults: true,
  oneofs: true,
});
const proto = loadPackageDefinition(definition) as unknown as ProtoGrpcType;

export function videoClient(target: string): VideoClient {
  return new proto.xai_api.Video(target, credentials.createInsecure());
}

export function metadataOf(entries: [string, string][]): Metadata {
  const metadata = new Metadata();
  for (const [key, value] of entries) metadata.add(key, value);
  return metadata;
}

type Unary<Req, Res> = (
  request: Req,
  metadata: Metadata,
  callback: (error: ServiceError | null, value?: Res) => void,
) => { on(event: 'metadata', listener: (metadata: Metadata) => void): unknown };

/** Calls a unary method and resolves to its outcome, with the server's initial metadata. */
export function call<Req, Res>(method: Unary<Req, Res>, request: Req, metadata = new Metadata()): Promise<Outcome<Res>> {
  return new Promise((resolve) => {
    let initial = new Metadata();
    const pending = method(request, metadata, (error, value) => {
      if (error) resolve({ ok: false, error });
      else resolve({ ok: true, value: value as Res, metadata: initial });
    });
    pending.on('metadata', (received) => {
      initial = received;
    });
  });
}
