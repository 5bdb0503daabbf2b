// The core directly, with a MockRequest and no host: a poll against the in-memory store is
// answered synchronously (no promise per GET), and the same stages work unchanged over a
// store whose every method answers later (as a shared store such as Redis would).
import { describe, expect, it } from 'vitest';
import {
  BODY_TOO_LARGE,
  createMemoryStore,
  createMockCore,
  type MockAnswer,
  type MockCore,
  type MockReply,
  type MockRequest,
  type MockStore,
  normaliseMockOptions,
} from '../../src/server/index.js';
import { requestValidators } from '../../src/spec/spec-bundle.js';

const AUTH = { authorization: 'Bearer k' };

function mockRequest(method: string, path: string, headers: Record<string, string> = {}, body?: unknown): MockRequest {
  const bytes = new TextEncoder().encode(body === undefined ? '' : JSON.stringify(body));
  return {
    method,
    path,
    query: '',
    headers: { ...AUTH, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    origin: 'http://core.test',
    readBody: async (maxBytes) => (bytes.byteLength > maxBytes ? BODY_TOO_LARGE : bytes),
  };
}

async function reply(answer: MockAnswer | Promise<MockAnswer>): Promise<MockReply> {
  const settled = await answer;
  if (typeof settled === 'symbol') throw new Error('unexpected reset');
  return settled;
}

/** Every method of the memory store, answering a turn later. */
function laterStore(): MockStore & { calls: string[] } {
  const inner = createMemoryStore();
  const calls: string[] = [];
  const later =
    <A extends unknown[], R>(name: string, method: (...args: A) => R) =>
    (...args: A): Promise<R> => {
      calls.push(name);
      return new Promise((resolve) => setTimeout(() => resolve(method(...args)), 0));
    };
  return {
    calls,
    countPoll: later('countPoll', inner.countPoll),
    addRecentJob: later('addRecentJob', inner.addRecentJob),
    recentJobs: later('recentJobs', inner.recentJobs),
    clockOffsetMs: later('clockOffsetMs', inner.clockOffsetMs),
    advanceClock: later('advanceClock', inner.advanceClock),
    takeRateLimit: later('takeRateLimit', inner.takeRateLimit),
    reset: later('reset', inner.reset),
  };
}

function core(store?: MockStore): MockCore {
  const options = normaliseMockOptions({ now: () => Date.UTC(2026, 5, 1), rateLimit: { perSecond: 1, includePolls: true } });
  return createMockCore(options, { validators: requestValidators(), ...(store && { store }) });
}

async function lifecycle(mock: MockCore): Promise<string[]> {
  const seen: string[] = [];
  const created = await reply(
    mock.handle(mockRequest('POST', '/v1/videos/generations', { prefer: 'polls=2' }, { prompt: 'a', duration: 1 })),
  );
  const id = (created.json as { request_id: string }).request_id;
  seen.push(`${created.status}`);
  const first = await reply(mock.handle(mockRequest('GET', `/v1/videos/${id}`)));
  seen.push(`${first.status} ${(first.json as { status: string }).status}`);
  await reply(mock.handle(mockRequest('POST', '/__mock/clock/advance', {}, { seconds: 2 })));
  const second = await reply(mock.handle(mockRequest('GET', `/v1/videos/${id}`)));
  seen.push(`${second.status} ${(second.json as { status: string }).status}`);
  const jobs = await reply(mock.handle(mockRequest('GET', '/__mock/jobs')));
  seen.push(`${(jobs.json as { jobs: unknown[] }).jobs.length} job`);
  const limited = await reply(mock.handle(mockRequest('GET', `/v1/videos/${id}`)));
  seen.push(`${limited.status}`);
  return seen;
}

describe('the store', () => {
  it('in memory: a poll is answered without a promise', async () => {
    const mock = core();
    const created = await reply(mock.handle(mockRequest('POST', '/v1/videos/generations', {}, { prompt: 'a' })));
    const answer = mock.handle(mockRequest('GET', `/v1/videos/${(created.json as { request_id: string }).request_id}`));
    expect(answer).not.toBeInstanceOf(Promise);
    expect((answer as MockReply).status).toBe(202);
  });

  it('answering later: the same lifecycle, poll counts, clock, recent jobs and rate limits', async () => {
    const store = laterStore();
    expect(await lifecycle(core())).toEqual(['200', '202 pending', '200 done', '1 job', '429']);
    expect(await lifecycle(core(store))).toEqual(['200', '202 pending', '200 done', '1 job', '429']);
    expect(new Set(store.calls)).toEqual(
      new Set(['countPoll', 'addRecentJob', 'recentJobs', 'clockOffsetMs', 'advanceClock', 'takeRateLimit']),
    );
  });
});
