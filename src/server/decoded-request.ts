// A decoded operation (mock-request.ts) as the MockRequest the guard and the controls
// parser read: the request line its REST twin would have, the call's metadata as headers,
// and no body to read (the host decoded it; asking for it is a bug, not a 415).
import type { DecodedCall, DecodedOperation, MockRequest } from './mock-request.js';
import { requestLineOf } from './stages/route.js';

export function decodedRequest(operation: DecodedOperation, call: DecodedCall): MockRequest {
  const params: Record<string, string> = operation.operationId === 'getVideo' ? { request_id: operation.requestId } : {};
  const { method, path } = requestLineOf(operation.operationId, params);
  return {
    method,
    path,
    query: '',
    headers: call.headers,
    origin: call.origin,
    readBody: () => Promise.reject(new Error(`${operation.operationId}: a decoded operation has no body to read`)),
  };
}
