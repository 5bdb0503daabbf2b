// Every error the REST host answers becomes the gRPC status the live service uses, with
// the same message; headers a client acts on (retry-after, x-request-id) come along.
import { status } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { toGrpcError } from '../../../src/hosts/grpc/index.js';

// The mock's REST error catalogue (README "Mock error catalogue"): status, code → gRPC.
const CATALOGUE: [number, string, status][] = [
  [400, 'invalid-argument', status.INVALID_ARGUMENT],
  [400, 'imagine:content-moderated', status.INVALID_ARGUMENT],
  [401, 'unauthenticated', status.UNAUTHENTICATED],
  [403, 'permission-denied', status.PERMISSION_DENIED],
  [404, 'not-found', status.NOT_FOUND],
  [413, 'payload-too-large', status.RESOURCE_EXHAUSTED],
  [422, 'invalid-argument', status.INVALID_ARGUMENT],
  [429, 'resource-exhausted', status.RESOURCE_EXHAUSTED],
  [500, 'internal', status.INTERNAL],
  [500, 'mock-contract-violation', status.INTERNAL],
  [502, 'unavailable', status.UNAVAILABLE],
  [503, 'unavailable', status.UNAVAILABLE],
  [504, 'deadline-exceeded', status.DEADLINE_EXCEEDED],
  [529, 'overloaded', status.UNAVAILABLE],
];

describe('toGrpcError', () => {
  it.each(CATALOGUE)('%i %s → gRPC %i, message unchanged', (httpStatus, code, grpcCode) => {
    const message = `a ${code} message naming duration`;
    const error = toGrpcError({ status: httpStatus, json: { code, error: message } });
    expect([error.code, error.details]).toEqual([grpcCode, message]);
  });

  it('older sentence-style codes fall back to the HTTP status', () => {
    expect(toGrpcError({ status: 400, json: { code: 'Client specified an invalid argument', error: 'bad' } }).code).toBe(
      status.INVALID_ARGUMENT,
    );
    expect(toGrpcError({ status: 404, json: { code: 'Some requested entity was not found', error: 'gone' } }).code).toBe(status.NOT_FOUND);
  });

  it('the nested OpenAI error form is read too', () => {
    const error = toGrpcError({ status: 403, json: { error: { message: 'not allowed', type: 'permission', code: 'permission-denied' } } });
    expect([error.code, error.details]).toEqual([status.PERMISSION_DENIED, 'not allowed']);
  });

  it('a status and code outside both tables is UNKNOWN; a missing message says the HTTP status', () => {
    expect(toGrpcError({ status: 418, json: { code: 'teapot' } })).toMatchObject({ code: status.UNKNOWN, details: 'HTTP 418' });
    expect(toGrpcError({ status: 503 })).toMatchObject({ code: status.UNAVAILABLE, details: 'HTTP 503' });
  });

  it('retry-after and x-request-id become metadata; other headers do not', () => {
    const error = toGrpcError({
      status: 503,
      json: { code: 'unavailable', error: 'later' },
      headers: { 'retry-after': '1', 'x-request-id': 'r-1', 'content-type': 'application/json' },
    });
    expect(error.metadata.getMap()).toEqual({ 'retry-after': '1', 'x-request-id': 'r-1' });
  });
});
