// Loads the project's copy of xAI's protobuf definitions (./proto, shipped next to this
// module in src/ and dist/) with @grpc/proto-loader. The options decide the shape of every
// decoded message, so they must match the flags `make generate` gives
// proto-loader-gen-types for ./generated (see the Makefile).
import { loadSync, type Options } from '@grpc/proto-loader';
import { loadPackageDefinition } from '@grpc/grpc-js';
import type { ProtoGrpcType } from './generated/video.js';
import { PROTO_ROOT, VIDEO_PROTO_FILE } from './proto-files.js';

export { PROTO_ROOT, VIDEO_PROTO_FILE };

export const LOADER_OPTIONS: Readonly<Options> = Object.freeze({
  keepCase: true, // snake_case field names, as in the REST bodies
  enums: String, // enum values by name; a number only for a value this proto does not know
  longs: Number, // int64 fields (cost ticks, expiry seconds) stay far below 2^53
  defaults: false, // an unset field stays absent, so presence survives the decoding
  oneofs: false,
  includeDirs: [PROTO_ROOT],
});

let loaded: ProtoGrpcType | undefined;

export function loadVideoProto(): ProtoGrpcType {
  loaded ??= loadPackageDefinition(loadSync(VIDEO_PROTO_FILE, { ...LOADER_OPTIONS })) as unknown as ProtoGrpcType;
  return loaded;
}
