// Every terminal status and wire dialect of GET /v1/videos/{id} (the spec's `VideoStatusResponse`),
// and the documented failure statuses, driven by the mock's `Prefer` controls. The live
// API produces only what it produces (its `done` is covered by the text-to-video flow).
import type { ContractSession, Exchange } from '../contract-session.js';
import { createJob, pollJob, pollUntilTerminal, CREATE_PATHS, type CreateOperation } from '../video-jobs.js';
import { NEEDS, type ContractFlow } from './contract-flow.js';
import { expectDone, expectFlatError, expectStatus } from './job-expectations.js';
import { editBody, textToVideoBody, extendBody } from './request-bodies.js';

/** Named: Prism cannot accept an empty 202 (see test/prism), so it looks this flow up. */
export const EMPTY_PENDING_FLOW = 'pending answered as a 202 without a body';

const JOB_ERROR_CODES = ['invalid_argument', 'permission_denied', 'failed_precondition', 'service_unavailable', 'internal_error'];
const FAULT_STATUSES = [401, 403, 404, 429, 500, 502, 503, 504, 529];

/** Creates a text-to-video job with controls; checks the first poll is pending, returns the terminal answer. */
async function jobEndingAs(session: ContractSession, prefer: string): Promise<{ id: string; terminal: Exchange | undefined } | undefined> {
  const id = await createJob(session, 'generateVideo', textToVideoBody(), { prefer: `${prefer}, polls=2, timing=instant` });
  if (!id) return undefined;
  const first = await pollJob(session, id);
  const progress = (first.json as { progress?: unknown } | undefined)?.progress;
  session.expect(first.status === 202, `the first of two polls should be pending (202), got ${first.status}`, first);
  session.expect(
    progress === undefined || (typeof progress === 'number' && progress < 100),
    `pending progress ${String(progress)} should be 0–99`,
    first,
  );
  return { id, terminal: await pollUntilTerminal(session, id) };
}

async function terminalStatuses(session: ContractSession): Promise<void> {
  const done = await jobEndingAs(session, 'outcome=done');
  if (done) expectDone(session, done.id, done.terminal, 2);
  for (const code of JOB_ERROR_CODES) {
    const failed = await jobEndingAs(session, `outcome=failed, error-code=${code}`);
    const body = expectStatus(session, failed?.terminal, 200, 'failed');
    session.expect(
      body.error?.code === code,
      `failed job should carry error.code ${code}, got ${JSON.stringify(body.error)}`,
      failed?.terminal,
    );
  }
  const moderatedFailed = await jobEndingAs(session, 'outcome=moderated-failed');
  const mf = expectStatus(session, moderatedFailed?.terminal, 200, 'failed');
  session.expect(mf.error?.code === 'invalid_argument', 'moderation as failed carries invalid_argument', moderatedFailed?.terminal);
  const moderatedDone = await jobEndingAs(session, 'outcome=moderated-done');
  const md = expectStatus(session, moderatedDone?.terminal, 200, 'done');
  session.expect(
    md.video?.respect_moderation === false && md.video.url === '',
    'moderation as done: respect_moderation false, empty url',
    moderatedDone?.terminal,
  );
  const moderatedHttp = await jobEndingAs(session, 'outcome=moderated-http');
  if (moderatedHttp?.terminal) expectFlatError(session, moderatedHttp.terminal, [400]);
  session.expect(
    (moderatedHttp?.terminal?.json as { code?: unknown })?.code === 'imagine:content-moderated',
    'moderation as HTTP 400 has code imagine:content-moderated',
    moderatedHttp?.terminal,
  );
  const expired = await jobEndingAs(session, 'outcome=expired');
  expectStatus(session, expired?.terminal, 200, 'expired');
}

async function dialects(session: ContractSession): Promise<void> {
  const legacyId = await createJob(session, 'generateVideo', textToVideoBody(), { prefer: 'dialect=legacy-pending-200, polls=2' });
  if (legacyId) {
    expectStatus(session, await pollJob(session, legacyId), 200, 'pending');
    expectDone(session, legacyId, await pollUntilTerminal(session, legacyId), 2);
  }
  const noStatusId = await createJob(session, 'generateVideo', textToVideoBody(), { prefer: 'dialect=no-status, polls=1' });
  if (noStatusId) {
    const finished = await pollUntilTerminal(session, noStatusId);
    expectStatus(session, finished, 200, undefined);
    expectDone(session, noStatusId, finished, 2);
  }
}

async function emptyPending(session: ContractSession): Promise<void> {
  const id = await createJob(session, 'generateVideo', textToVideoBody(), { prefer: 'dialect=empty-202, polls=2' });
  if (!id) return;
  const pending = await pollJob(session, id);
  session.expect(
    pending.status === 202 && pending.text === '',
    `empty-202 dialect: expected 202 without body, got ${pending.status} ${pending.text}`,
    pending,
  );
  expectDone(session, id, await pollUntilTerminal(session, id), 2);
}

const FAULT_BODIES: Record<CreateOperation, () => unknown> = {
  generateVideo: textToVideoBody,
  extendVideo: () => extendBody({ url: 'https://example.com/source.mp4' }),
  editVideo: () => editBody('https://example.com/source.mp4'),
};

async function faultStatuses(session: ContractSession): Promise<void> {
  for (const operationId of Object.keys(CREATE_PATHS) as CreateOperation[]) {
    for (const status of FAULT_STATUSES) {
      const exchange = await session.send({
        method: 'POST',
        path: CREATE_PATHS[operationId],
        operationId,
        body: { json: FAULT_BODIES[operationId]() },
        headers: { prefer: `create-status=${status}` },
      });
      expectFlatError(session, exchange, [status]);
    }
  }
  for (const status of FAULT_STATUSES) {
    const id = await createJob(session, 'generateVideo', textToVideoBody(), { prefer: `poll-status=${status}` });
    if (id) expectFlatError(session, await pollJob(session, id), [status]);
  }
}

export const lifecycleFlows: ContractFlow[] = [
  {
    name: 'poll to every terminal status (done, failed ×5 codes, moderated ×3, expired)',
    group: 'lifecycle',
    sends: 'valid',
    cost: 'free',
    requires: NEEDS.controls,
    run: ({ session }) => terminalStatuses(session),
  },
  {
    name: 'older wire dialects (pending as 200, done without status)',
    group: 'lifecycle',
    sends: 'valid',
    cost: 'free',
    requires: NEEDS.controls,
    run: ({ session }) => dialects(session),
  },
  {
    name: EMPTY_PENDING_FLOW,
    group: 'lifecycle',
    sends: 'valid',
    cost: 'free',
    requires: NEEDS.controls,
    run: ({ session }) => emptyPending(session),
  },
  {
    name: 'every documented failure status of create and poll (401 … 529)',
    group: 'lifecycle',
    sends: 'valid',
    cost: 'free',
    requires: NEEDS.controls,
    run: ({ session }) => faultStatuses(session),
  },
];
