// The admin surface under /__mock (no auth, like Prism's and msw's helpers): health,
// reset, recent jobs with their current status, and the clock.
import { jobPhase } from '../../lifecycle/index.js';
import { ApiError } from '../error-catalogue.js';
import { resetMockContext, type MockContext } from '../mock-context.js';
import type { Reply } from '../mock-request.js';

function health(context: MockContext): Reply {
  const { options } = context;
  return {
    status: 200,
    json: {
      status: 'ok',
      uptime_ms: options.now() - context.startedAtMs,
      clock: { now: new Date(context.clock.now()).toISOString(), offset_ms: context.clock.offsetMs() },
      settings: {
        timing: options.timing,
        polls: options.polls,
        time_scale: options.timeScale,
        ttl_seconds: options.ttlSeconds,
        strict: options.strict,
        dialect: options.dialect,
        auth: options.apiKeys.length > 0 ? 'keys' : 'any-bearer',
      },
    },
  };
}

function jobs(context: MockContext): Reply {
  const nowMs = context.clock.now();
  const ttlMs = context.options.ttlSeconds * 1000;
  const list = context.recentJobs.list().map((job) => {
    const ticket = context.decodeJob(job.request_id);
    // Poll-count jobs: listing must not count as a poll, so their phase shows as pending.
    const phase = ticket ? jobPhase(ticket, { nowMs, polls: 0, ttlMs }) : { kind: 'expired' as const };
    const status = phase.kind === 'pending' ? 'pending' : phase.kind === 'expired' ? 'expired' : ticket?.outcome.kind;
    return {
      ...job,
      status,
      progress: phase.kind === 'pending' ? phase.progress : 100,
      model: ticket?.model,
      resolution: ticket?.resolution,
      aspect_ratio: ticket?.aspectRatio,
      duration: ticket?.durationSeconds,
    };
  });
  return { status: 200, json: { jobs: list } };
}

function advanceClock(context: MockContext, body: Record<string, unknown> | undefined, query: URLSearchParams): Reply {
  const ms = Number(body?.ms ?? query.get('ms') ?? Number(body?.seconds ?? query.get('seconds')) * 1000);
  if (!Number.isFinite(ms) || ms < 0) throw new ApiError('invalidField', 'clock advance: send {"ms": N} or {"seconds": N} with N >= 0');
  context.clock.advance(ms);
  return { status: 200, json: { now: new Date(context.clock.now()).toISOString(), offset_ms: context.clock.offsetMs() } };
}

export function adminRoute(action: string, body: Record<string, unknown> | undefined, query: URLSearchParams, context: MockContext): Reply {
  switch (action) {
    case 'GET /health':
      return health(context);
    case 'POST /reset':
      resetMockContext(context);
      return { status: 200, json: { status: 'reset' } };
    case 'GET /jobs':
      return jobs(context);
    case 'GET /clock':
      return { status: 200, json: { now: new Date(context.clock.now()).toISOString(), offset_ms: context.clock.offsetMs() } };
    case 'POST /clock/advance':
      return advanceClock(context, body, query);
    default:
      throw new ApiError(
        'notFound',
        `No admin route ${action}. Routes: GET /__mock/health, POST /__mock/reset, GET /__mock/jobs, GET /__mock/clock, POST /__mock/clock/advance.`,
      );
  }
}
