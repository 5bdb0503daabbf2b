// The error classes (reference sections 1 and 7): authentication, unknown ids and every
// kind of invalid request, each answered with a documented 4xx in the flat {code, error}
// shape. All of these cost nothing on the live API.
import type { ContractSession } from '../contract-session.js';
import { CREATE_PATHS, videoPath } from '../video-jobs.js';
import type { ContractFlow } from './contract-flow.js';
import { expectFlatError } from './job-expectations.js';
import { INVALID_REQUESTS, type InvalidRequest } from './invalid-requests.js';
import { textToVideoBody } from './request-bodies.js';

const UNKNOWN_ID = '00000000-0000-0000-0000-000000000000';

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
    const polled = await session.send({ method: 'GET', path: videoPath(UNKNOWN_ID), operationId: 'getVideo', auth: mode });
    expectFlatError(session, polled, [401]);
  }
}

async function wrongKey(session: ContractSession): Promise<void> {
  // A well-formed key that does not exist: seen as 400 on the live API (reference §1).
  const auth = { header: 'Bearer xai-contract-suite-not-a-real-key-0000000000000000' };
  const polled = await session.send({ method: 'GET', path: videoPath(UNKNOWN_ID), operationId: 'getVideo', auth });
  expectFlatError(session, polled, [400, 401]);
}

async function unknownId(session: ContractSession): Promise<void> {
  expectFlatError(session, await session.send({ method: 'GET', path: videoPath(UNKNOWN_ID), operationId: 'getVideo' }), [404]);
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

export const errorFlows: ContractFlow[] = [
  {
    name: '401 without, or with a malformed, Authorization header',
    group: 'errors',
    sends: 'unauthenticated',
    live: true,
    run: ({ session }) => unauthenticated(session),
  },
  {
    name: 'a well-formed unknown key is refused (400 or 401)',
    group: 'errors',
    sends: 'valid',
    live: true,
    run: ({ session }) => wrongKey(session),
  },
  { name: '404 for an unknown request_id', group: 'errors', sends: 'valid', live: true, run: ({ session }) => unknownId(session) },
  ...INVALID_REQUESTS.map(
    (request): ContractFlow => ({
      name: `invalid request: ${request.name} → ${request.statuses.join('/')}`,
      group: 'errors',
      sends: request.malformed ? 'malformed' : 'invalid',
      live: request.live,
      run: ({ session }) => invalidRequest(session, request),
    }),
  ),
];
