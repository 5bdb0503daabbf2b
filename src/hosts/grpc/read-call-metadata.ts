// The call metadata the core reads, taken from gRPC metadata the way HTTP headers are
// read: `authorization` (the Python SDK sends "Bearer <key>", xai_sdk/client.py) and
// `prefer` (the mock controls, same syntax as the HTTP `Prefer` header; from the Python
// SDK: `Client(metadata=(("prefer", "outcome=failed"),))`). Repeated entries are joined
// with ", " as repeated HTTP header lines are (RFC 9110 §5.3), so two `authorization`
// entries read as one malformed value, never as a silent pick of one.
import type { Metadata } from '@grpc/grpc-js';
import type { CallMetadata } from './video-core.js';

function joined(metadata: Metadata, key: string): string | undefined {
  const values = metadata.get(key).filter((value): value is string => typeof value === 'string');
  return values.length === 0 ? undefined : values.join(', ');
}

export function readCallMetadata(metadata: Metadata): CallMetadata {
  const call: CallMetadata = {};
  const authorization = joined(metadata, 'authorization');
  const prefer = joined(metadata, 'prefer');
  if (authorization !== undefined) call.authorization = authorization;
  if (prefer !== undefined) call.prefer = prefer;
  return call;
}
