// Semantic checks on terminal bodies, beyond the schema: a done job has a usable video
// of the promised length, a failed job says why, and so on (the spec's `VideoStatusResponse` variants).
import type { ContractSession, Exchange } from '../contract-session.js';
import { finishedVideoOf, type FinishedVideo } from '../video-jobs.js';

type Body = {
  status?: unknown;
  progress?: unknown;
  video?: { url?: unknown; duration?: unknown; respect_moderation?: unknown };
  error?: { code?: unknown };
  code?: unknown;
};

const bodyOf = (exchange: Exchange | undefined): Body => (exchange?.json ?? {}) as Body;

/** A `done` job with a downloadable video; the duration is checked when one is expected. */
export function expectDone(
  session: ContractSession,
  requestId: string,
  exchange: Exchange | undefined,
  expectedDuration?: number,
): FinishedVideo | undefined {
  const video = finishedVideoOf(requestId, exchange);
  session.expect(
    video !== undefined,
    `job ${requestId} should be done with a video.url, got ${exchange?.status}: ${exchange?.text.slice(0, 300)}`,
    exchange,
  );
  const body = bodyOf(exchange);
  if (!video) return undefined;
  session.expect(body.video?.respect_moderation !== false, 'a done video that was not moderated has respect_moderation true', exchange);
  if (expectedDuration !== undefined && video.duration !== undefined) {
    session.expect(video.duration === expectedDuration, `video.duration is ${video.duration}, expected ${expectedDuration}`, exchange);
  }
  return video;
}

export function expectStatus(
  session: ContractSession,
  exchange: Exchange | undefined,
  httpStatus: number,
  bodyStatus: string | undefined,
): Body {
  const body = bodyOf(exchange);
  session.expect(
    exchange?.status === httpStatus && body.status === bodyStatus,
    `expected ${httpStatus} with status ${String(bodyStatus)}, got ${exchange?.status} ${exchange?.text.slice(0, 200) ?? '(no answer)'}`,
    exchange,
  );
  return body;
}

/** The live API's synchronous error shape: flat `{code, error}` strings (the spec's `FlatError`). */
export function expectFlatError(session: ContractSession, exchange: Exchange, statuses: readonly number[]): void {
  session.expect(
    statuses.includes(exchange.status),
    `expected ${statuses.join(' or ')}, got ${exchange.status}: ${exchange.text.slice(0, 200)}`,
    exchange,
  );
  const body = bodyOf(exchange) as { code?: unknown; error?: unknown };
  session.expect(
    typeof body.code === 'string' && body.code !== '' && typeof body.error === 'string' && body.error !== '',
    `error body should be the flat {code, error} shape, got ${exchange.text.slice(0, 200)}`,
    exchange,
  );
}
