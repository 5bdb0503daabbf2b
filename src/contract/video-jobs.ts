// The asynchronous job protocol, spoken by a contract session: create (POST → 200
// {request_id}), poll (GET /v1/videos/{id}) until terminal, download video.url.
import { parseRetryAfter } from '../client/parse-retry-after.js';
import type { CreateOperationId } from '../spec/index.js';
import { recordSpend, type ContractSession, type Exchange } from './contract-session.js';
import { probeMp4 } from './probe-mp4.js';

export type CreateOperation = CreateOperationId;

export const CREATE_PATHS: Record<CreateOperation, string> = {
  generateVideo: '/v1/videos/generations',
  extendVideo: '/v1/videos/extensions',
  editVideo: '/v1/videos/edits',
};

export interface JobOptions {
  /** The mock's per-request controls (`Prefer` header); only flows that require `mock-controls` send them. */
  prefer?: string;
}

const preferHeaders = (prefer: string | undefined) => (prefer ? { prefer } : undefined);

export function videoPath(requestId: string): string {
  return `/v1/videos/${encodeURIComponent(requestId)}`;
}

/** POSTs a job; returns its request_id, or undefined (after reporting why). */
export async function createJob(
  session: ContractSession,
  operationId: CreateOperation,
  body: unknown,
  options: JobOptions = {},
): Promise<string | undefined> {
  const exchange = await session.send({
    method: 'POST',
    path: CREATE_PATHS[operationId],
    operationId,
    body: { json: body },
    headers: preferHeaders(options.prefer),
  });
  session.expect(
    exchange.status === 200,
    `${operationId} of a valid body must answer 200, got ${exchange.status}: ${exchange.text.slice(0, 200)}`,
    exchange,
  );
  const id = (exchange.json as { request_id?: unknown } | undefined)?.request_id;
  if (exchange.status !== 200 || typeof id !== 'string' || id === '') return undefined;
  return id;
}

export function pollJob(session: ContractSession, requestId: string): Promise<Exchange> {
  return session.send({ method: 'GET', path: videoPath(requestId), operationId: 'getVideo' });
}

/** Still running: 202, or the legacy `200 {"status":"pending"}` (the spec's `VideoPending`). */
export function isPending(exchange: Exchange): boolean {
  if (exchange.status === 202) return true;
  return exchange.status === 200 && (exchange.json as { status?: unknown } | undefined)?.status === 'pending';
}

/** Statuses after which a GET is safe to repeat (spec: "Retrying"); the answer is still checked. */
const TRANSIENT_POLL_STATUSES = new Set([429, 502, 503, 504, 529]);
const MIN_RETRY_DELAY_MS = 250;

/** How long to wait before the next poll: the pace, or longer when the server says so. */
function nextPollDelay(session: ContractSession, exchange: Exchange): number {
  const { clock, pollIntervalMs } = session.env;
  if (!TRANSIENT_POLL_STATUSES.has(exchange.status)) return pollIntervalMs;
  const retryAfter = parseRetryAfter(exchange.headers['retry-after'], clock.now()) ?? 0;
  return Math.max(pollIntervalMs, MIN_RETRY_DELAY_MS, Math.min(retryAfter, 60_000));
}

/**
 * Polls at the target's pace until the job leaves pending (done, failed, expired, or an
 * error status other than a transient one, which is polled through) or the deadline.
 */
export async function pollUntilTerminal(session: ContractSession, requestId: string): Promise<Exchange | undefined> {
  const { clock, jobTimeoutMs } = session.env;
  const deadline = clock.now() + jobTimeoutMs;
  for (;;) {
    const exchange = await pollJob(session, requestId);
    const again = isPending(exchange) || TRANSIENT_POLL_STATUSES.has(exchange.status);
    if (!again) {
      recordSpend(session, requestId, exchange);
      return exchange;
    }
    const delay = nextPollDelay(session, exchange);
    if (clock.now() + delay > deadline) {
      session.expect(false, `job ${requestId} still pending after ${Math.round(jobTimeoutMs / 1000)} s (last answer ${exchange.status})`);
      return undefined;
    }
    await clock.sleep(delay);
  }
}

export interface FinishedVideo {
  requestId: string;
  url: string;
  duration: number | undefined;
}

/** The video of a `done` body (status absent counts as done: early-2026 dialect). */
export function finishedVideoOf(requestId: string, exchange: Exchange | undefined): FinishedVideo | undefined {
  if (exchange?.status !== 200) return undefined;
  const body = exchange.json as { status?: unknown; video?: { url?: unknown; duration?: unknown } } | undefined;
  if (body?.status !== undefined && body.status !== 'done') return undefined;
  const url = body?.video?.url;
  if (typeof url !== 'string' || url === '') return undefined;
  const duration = typeof body?.video?.duration === 'number' ? body.video.duration : undefined;
  return { requestId, url, duration };
}

/** Downloads video.url and checks it is an MP4 served as video/mp4. Returns the bytes. */
export async function downloadVideo(session: ContractSession, url: string): Promise<Uint8Array | undefined> {
  const fetchImpl = session.env.fetch ?? globalThis.fetch;
  // Video URLs are public: no Authorization (and so no key on a host that is not the target).
  const response = await fetchImpl(url, { signal: AbortSignal.timeout(session.env.requestTimeoutMs) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const contentType = response.headers.get('content-type') ?? '';
  const label = `GET ${url.length > 80 ? `${url.slice(0, 80)}…` : url} → ${response.status}`;
  if (response.status !== 200) {
    session.expect(false, `download of video.url answered ${response.status}`);
    return undefined;
  }
  session.expect(
    contentType.split(';')[0]?.trim() === 'video/mp4',
    `${label}: content-type is ${JSON.stringify(contentType)}, not video/mp4`,
  );
  const probe = probeMp4(bytes);
  session.expect(probe.isMp4, `${label}: not an MP4 (${probe.reason ?? ''})`);
  return probe.isMp4 ? bytes : undefined;
}
