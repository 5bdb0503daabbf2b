// The error classes (the spec's error responses): authentication, unknown ids and every
// kind of invalid request, each answered with a documented 4xx in the flat {code, error}
// shape. Most cost nothing on the live API (invalid-requests.ts marks the exceptions).
import type { ContractSession } from '../contract-session.js';
import { CREATE_PATHS, videoPath } from '../video-jobs.js';
import type { ContractFlow, TargetFacts } from './contract-flow.js';
import { expectFlatError } from './job-expectations.js';
import { INVALID_REQUESTS, type InvalidRequest } from './invalid-requests.js';
import { textToVideoBody } from './request-bodies.js';

/** A request_id no server issued. */
export const UNKNOWN_REQUEST_ID = '00000000-0000-0000-0000-000000000000';
/** Obviously not a key anyone was given: the probe and the flow send it. */
export const WRONG_API_KEY = 'xai-contract-check-not-a-real-key-0000000000000000';
/** How far past the target's body limit the 413 request goes. */
const OVER_LIMIT_BYTES = 64 * 1024;

async function unauthenticated(session: ContractSession): Promise<void> {
  const headers = [{ none: true }, { header: 'Basic dXNlcjpwYXNz' }, { header: 'Bearer' }] as const;
  for (const auth of headers) {
    const mode = 'none' in auth ? 'none' : { header: auth.header };
    const created = await session.send({
      method: 'POST',
      path: CREATE_PATHS.generateVideo,
      operationId: 'generateVideo',
      body: { json: textToVideoBody() },
      auth: mode,
    });
    expectFlatError(session, created, [401]);
    const polled = await session.send({ method: 'GET', path: videoPath(UNKNOWN_REQUEST_ID), operationId: 'getVideo', auth: mode });
    expectFlatError(session, polled, [401]);
  }
}

async function wrongKey(session: ContractSession): Promise<void> {
  // A well-formed key that does not exist: seen as 400 on the live API (the spec's `BadRequest` response).
  const auth = { header: `Bearer ${WRONG_API_KEY}` };
  const polled = await session.send({ method: 'GET', path: videoPath(UNKNOWN_REQUEST_ID), operationId: 'getVideo', auth });
  expectFlatError(session, polled, [400, 401]);
}

async function unknownId(session: ContractSession): Promise<void> {
  expectFlatError(session, await session.send({ method: 'GET', path: videoPath(UNKNOWN_REQUEST_ID), operationId: 'getVideo' }), [404]);
  // Not even UUID-shaped: unknown (404), or refused as a malformed argument (400).
  expectFlatError(session, await session.send({ method: 'GET', path: videoPath('not-a-request-id'), operationId: 'getVideo' }), [400, 404]);
}

async function invalidRequest(session: ContractSession, request: InvalidRequest): Promise<void> {
  const exchange = await session.send({
    method: 'POST',
    path: CREATE_PATHS[request.operationId],
    operationId: request.operationId,
    ...(request.body ? { body: request.body } : {}),
    ...(request.headers ? { headers: request.headers } : {}),
  });
  expectFlatError(session, exchange, request.statuses);
}

async function oversizedBody(session: ContractSession, target: TargetFacts): Promise<void> {
  const limit = target.bodyLimitBytes;
  session.expect(limit !== undefined, 'the 413 flow needs the body limit (the runner skips it without one)');
  if (limit === undefined) return;
  const body = JSON.stringify({ ...textToVideoBody(), prompt: 'x'.repeat(limit + OVER_LIMIT_BYTES) });
  await invalidRequest(session, {
    name: 'a body over the size limit',
    operationId: 'generateVideo',
    body: { raw: body },
    headers: { 'content-type': 'application/json' },
    statuses: [413],
    cost: 'free',
  });
}

export const errorFlows: ContractFlow[] = [
  {
    name: '401 without, or with a malformed, Authorization header',
    group: 'errors',
    sends: 'unauthenticated',
    cost: 'free',
    run: ({ session }) => unauthenticated(session),
  },
  {
    name: 'a well-formed unknown key is refused (400 or 401)',
    group: 'errors',
    sends: 'valid',
    cost: 'free',
    requires: { feature: 'key-check', why: 'checks that an unknown key is refused' },
    run: ({ session }) => wrongKey(session),
  },
  { name: '404 for an unknown request_id', group: 'errors', sends: 'valid', cost: 'free', run: ({ session }) => unknownId(session) },
  ...INVALID_REQUESTS.map(
    (request): ContractFlow => ({
      name: `invalid request: ${request.name} → ${request.statuses.join('/')}`,
      group: 'errors',
      sends: request.malformed ? 'malformed' : 'invalid',
      cost: request.cost,
      run: ({ session }) => invalidRequest(session, request),
    }),
  ),
  {
    name: 'a body over the size limit → 413',
    group: 'errors',
    sends: 'invalid',
    cost: 'free',
    requires: { feature: 'body-limit', why: 'sends a body just over the limit' },
    run: ({ session, target }) => oversizedBody(session, target),
  },
];
