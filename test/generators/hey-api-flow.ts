// generate → poll → done with the client @hey-api/openapi-ts generates from the spec
// (out/hey-api, made by the test run): the SDK functions, its fetch client and types only.
import { createClient } from './out/hey-api/client';
import { generateVideo, getVideo } from './out/hey-api/sdk.gen';
import type { VideoStatusResponse } from './out/hey-api/types.gen';
import { type CreateRejection, type FlowOptions, type FlowOutcome, type FlowRun, type PollSeen, readErrorBody } from './flow-types';

function clientFor(options: Pick<FlowOptions, 'baseUrl' | 'apiKey'>) {
  return createClient({ baseUrl: options.baseUrl, auth: options.apiKey });
}

/** A finished 200 body: `status` says how; a body without `status` is done (spec: DoneVideoStatus). */
function outcomeOf(body: VideoStatusResponse): FlowOutcome | undefined {
  if (body.status === 'pending') return undefined;
  if (body.status === 'failed') return { kind: 'failed', errorCode: body.error?.code, message: body.error?.message };
  if (body.status === 'expired') return { kind: 'expired' };
  return {
    kind: 'done',
    url: body.video.url,
    duration: body.video.duration,
    model: body.model,
    costInUsdTicks: body.usage?.cost_in_usd_ticks,
  };
}

export async function generateAndWait(options: FlowOptions): Promise<FlowRun> {
  const client = clientFor(options);
  const created = await generateVideo({
    client,
    body: { prompt: options.prompt, duration: options.duration },
    headers: { Prefer: options.prefer },
  });
  // `response` is absent when fetch itself failed (typed optional in the newer releases).
  if (!created.response || created.error)
    throw new Error(`create failed: HTTP ${created.response?.status} ${JSON.stringify(created.error)}`);
  const requestId = created.data.request_id;
  const polls: PollSeen[] = [];
  for (let poll = 0; poll < options.maxPolls; poll++) {
    const polled = await getVideo({ client, path: { request_id: requestId } });
    if (!polled.response) throw new Error(`poll of ${requestId} got no response`);
    const httpStatus = polled.response.status;
    if (polled.error) {
      const { code, message } = readErrorBody(polled.error);
      polls.push({ httpStatus, status: undefined, progress: undefined });
      return { requestId, polls, outcome: { kind: 'rejected', httpStatus, code, message } };
    }
    // A 202 may have an empty body; the client hands it over as `{}`.
    const body: Partial<VideoStatusResponse> | VideoStatusResponse = polled.data;
    polls.push({ httpStatus, status: body.status, progress: body.progress });
    if (httpStatus === 202) continue;
    const outcome = outcomeOf(polled.data);
    if (outcome) return { requestId, polls, outcome };
  }
  throw new Error(`job ${requestId} still pending after ${options.maxPolls} polls`);
}

export async function createRejected(options: Pick<FlowOptions, 'baseUrl' | 'apiKey'>, duration: number): Promise<CreateRejection> {
  const created = await generateVideo({ client: clientFor(options), body: { prompt: 'a paper boat', duration } });
  if (!created.response || !created.error) throw new Error(`expected a refusal, got HTTP ${created.response?.status}`);
  return { httpStatus: created.response.status, ...readErrorBody(created.error) };
}
