// generate → poll → done with the fetch client orval generates from the spec
// (out/orval, made by the test run), through the mutator in orval-fetch.ts.
import { configureOrvalFetch } from './orval-fetch';
import { generateVideo, getVideo, type VideoStatusResponse } from './out/orval/xai-video';
import { type CreateRejection, type FlowOptions, type FlowOutcome, type FlowRun, type PollSeen, readErrorBody } from './flow-types';

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
  configureOrvalFetch({ baseUrl: options.baseUrl, apiKey: options.apiKey });
  const created = await generateVideo({ prompt: options.prompt, duration: options.duration }, { headers: { Prefer: options.prefer } });
  if (created.status !== 200) throw new Error(`create failed: HTTP ${created.status} ${JSON.stringify(created.data)}`);
  const requestId = created.data.request_id;
  const polls: PollSeen[] = [];
  for (let poll = 0; poll < options.maxPolls; poll++) {
    const polled = await getVideo(requestId);
    if (polled.status === 202) {
      // The body of a pending 202 is optional (spec: VideoPending); the mutator gives undefined.
      const body: Partial<VideoStatusResponse> | undefined = polled.data;
      polls.push({ httpStatus: 202, status: body?.status, progress: body?.progress });
      continue;
    }
    if (polled.status !== 200) {
      const { code, message } = readErrorBody(polled.data);
      polls.push({ httpStatus: polled.status, status: undefined, progress: undefined });
      return { requestId, polls, outcome: { kind: 'rejected', httpStatus: polled.status, code, message } };
    }
    polls.push({ httpStatus: 200, status: polled.data.status, progress: polled.data.progress });
    const outcome = outcomeOf(polled.data);
    if (outcome) return { requestId, polls, outcome };
  }
  throw new Error(`job ${requestId} still pending after ${options.maxPolls} polls`);
}

export async function createRejected(options: Pick<FlowOptions, 'baseUrl' | 'apiKey'>, duration: number): Promise<CreateRejection> {
  configureOrvalFetch({ baseUrl: options.baseUrl, apiKey: options.apiKey });
  const created = await generateVideo({ prompt: 'a paper boat', duration });
  if (created.status === 200) throw new Error('expected a refusal, got HTTP 200');
  return { httpStatus: created.status, ...readErrorBody(created.data) };
}
