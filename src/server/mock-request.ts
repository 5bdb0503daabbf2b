// A reply is a value: stages return it, and only `sendReply` writes to the socket.
import type { ServerResponse } from 'node:http';
import type { ApiError } from './error-catalogue.js';

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** A JSON body (undefined: no body). */
  json?: unknown;
  /** A binary or text body with its own content type (videos, pages). */
  bytes?: Uint8Array | string;
}

export function errorReply(error: ApiError): Reply {
  return { status: error.status, headers: error.headers, json: error.toBody() };
}

export function sendReply(res: ServerResponse, reply: Reply, headOnly: boolean): void {
  const headers: Record<string, string | number> = { ...reply.headers };
  let payload: string | Uint8Array | undefined;
  if (reply.json !== undefined) {
    payload = JSON.stringify(reply.json);
    headers['content-type'] = 'application/json';
  } else if (reply.bytes !== undefined) {
    payload = reply.bytes;
  }
  headers['content-length'] = payload === undefined ? 0 : typeof payload === 'string' ? Buffer.byteLength(payload) : payload.byteLength;
  res.writeHead(reply.status, headers);
  res.end(headOnly ? undefined : payload);
}
