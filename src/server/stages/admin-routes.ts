// Lifecycle stage of the admin surface under /__mock (no auth, like Prism's and msw's
// helpers): health, reset, recent jobs with their current status, and the clock.
import { type JobDecoder, jobPhase } from '../../lifecycle/index.js';
import { type ApiError, apiError } from '../error-catalogue.js';
import { type MaybeAsync, andThen } from '../maybe-async.js';
import type { NormalisedMockOptions } from '../mock-options.js';
import type { MockReply } from '../mock-request.js';
import type { MockStore, RecentJob } from '../mock-store.js';
import type { Body } from './read-body.js';

export interface AdminDeps {
  options: NormalisedMockOptions;
  store: MockStore;
  decodeJob: JobDecoder;
  startedAtMs: number;
  /** Forgets per-process state that is not in the store (the fault dice). */
  resetLocal(): void;
}

const ok = (json: unknown): MockReply => ({ status: 200, headers: {}, json });

function clockBody(nowMs: number, offsetMs: number) {
  return { now: new Date(nowMs).toISOString(), offset_ms: offsetMs };
}

export function health(wallMs: number, offsetMs: number, deps: AdminDeps): MockReply {
  const { options } = deps;
  const store = deps.store.health?.() ?? { kind: 'custom', status: 'ok' };
  // Still a 200 when degraded: the process answers, and a balancer that pulled every
  // replica at once because their shared store went away would answer nothing at all.
  return ok({
    status: store.status === 'degraded' ? 'degraded' : 'ok',
    uptime_ms: wallMs - deps.startedAtMs,
    clock: clockBody(wallMs + offsetMs, offsetMs),
    settings: {
      timing: options.timing,
      polls: options.polls,
      outcome: options.outcome,
      time_scale: options.timeScale,
      ttl_seconds: options.ttlSeconds,
      strict: options.strict,
      dialect: options.dialect,
      auth: options.apiKeys.length > 0 ? 'keys' : 'any-bearer',
    },
    store,
  });
}

function jobLine(job: RecentJob, nowMs: number, deps: AdminDeps) {
  const ticket = deps.decodeJob(job.request_id);
  // Poll-count jobs: listing must not count as a poll, so their phase shows as pending.
  const phase = ticket ? jobPhase(ticket, { nowMs, polls: 0, ttlMs: deps.options.ttlSeconds * 1000 }) : { kind: 'expired' as const };
  const status = phase.kind === 'pending' ? 'pending' : phase.kind === 'expired' ? 'expired' : ticket?.outcome.kind;
  // Each field by name: a spread followed by more fields takes V8's slow path (Node 20), 100 times a listing.
  return {
    request_id: job.request_id,
    operation: job.operation,
    created_at: job.created_at,
    status,
    progress: phase.kind === 'pending' ? phase.progress : 100,
    model: ticket?.model,
    resolution: ticket?.resolution,
    aspect_ratio: ticket?.aspectRatio,
    duration: ticket?.durationSeconds,
  };
}

export function jobs(nowMs: number, deps: AdminDeps): MaybeAsync<MockReply> {
  return andThen(deps.store.recentJobs(), (list) => ok({ jobs: list.map((job) => jobLine(job, nowMs, deps)) }));
}

export function clock(wallMs: number, offsetMs: number): MockReply {
  return ok(clockBody(wallMs + offsetMs, offsetMs));
}

export function advanceClock(body: Body | undefined, query: string, wallMs: number, deps: AdminDeps): MaybeAsync<MockReply | ApiError> {
  const params = new URLSearchParams(query);
  const ms = Number(body?.ms ?? params.get('ms') ?? Number(body?.seconds ?? params.get('seconds')) * 1000);
  if (!Number.isFinite(ms) || ms < 0) return apiError('422 invalid-argument', 'clockAdvance');
  return andThen(deps.store.advanceClock(ms), (offsetMs) => ok(clockBody(wallMs + offsetMs, offsetMs)));
}

export function reset(deps: AdminDeps): MaybeAsync<MockReply> {
  deps.resetLocal();
  return andThen(deps.store.reset(), () => ok({ status: 'reset' }));
}
