// The tutorial's curl commands (mocks/examples/tutorial-curl.sh) against the mock over
// HTTP: the generation with an https image and the tutorial's body, the GET polling
// until done, and the tutorial's extension/edit with `video_id`, which the live API (and
// so the mock) rejects with a 422 that says what it takes instead.
import { describe, expect, it } from 'vitest';
import {
  API_KEY,
  downloadMp4,
  FAST_POLL_SECONDS,
  ftypOf,
  mockVideoUrl,
  PENDING_POLLS,
  PENDING_PROGRESS,
  runExample,
  useMock,
} from './real-client-kit.js';

// Every job answers pending twice before done, so the polling loop is seen to loop.
const mock = useMock({ polls: PENDING_POLLS });

function curlScript(...args: string[]) {
  return runExample('bash', ['tutorial-curl.sh', ...args], {
    XAI_BASE_URL: mock().url,
    XAI_API_KEY: API_KEY,
    XAI_POLL_INTERVAL: FAST_POLL_SECONDS,
  });
}

interface CurlResponse {
  status: number;
  body: any;
}

/** The script prints each response as a JSON line followed by "HTTP <status>". */
function responses(stdout: string): CurlResponse[] {
  const lines = stdout.split('\n');
  const found: CurlResponse[] = [];
  lines.forEach((line, i) => {
    const status = /^HTTP (\d{3})$/.exec(line);
    if (status) found.push({ status: Number(status[1]), body: lines[i - 1] ? JSON.parse(lines[i - 1]!) : undefined });
  });
  return found;
}

async function generateAndWait(): Promise<{ requestId: string; done: any; polls: CurlResponse[] }> {
  const created = await curlScript('generate');
  expect(created.code, created.stderr).toBe(0);
  const [answer] = responses(created.stdout);
  expect(answer?.status).toBe(200);
  const requestId = answer?.body.request_id as string;
  expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  const polled = await curlScript('poll', requestId);
  expect(polled.code, polled.stdout + polled.stderr).toBe(0);
  const polls = responses(polled.stdout);
  return { requestId, done: polls.at(-1)?.body, polls };
}

describe.concurrent("the tutorial's curl commands", () => {
  it('POST with an https image and the tutorial body gets a request_id; GET polling reaches done', async () => {
    const { requestId, done, polls } = await generateAndWait();
    expect(polls.slice(0, -1)).toEqual(PENDING_PROGRESS.map((progress) => ({ status: 202, body: { status: 'pending', progress } })));
    expect(polls.at(-1)?.status).toBe(200);
    // 6 s at 720p ($0.07/s) plus one input image ($0.002): $0.422.
    expect(done).toEqual({
      status: 'done',
      progress: 100,
      model: 'grok-imagine-video',
      video: { url: mockVideoUrl(mock().url, requestId), duration: 6, respect_moderation: true },
      usage: { cost_in_usd_ticks: 4_220_000_000 },
    });
    const video = await downloadMp4(done.video.url);
    expect(video.contentType).toBe('video/mp4');
    expect(ftypOf(video.bytes)).toBe('ftyp');

    // The edit as the live API takes it: the finished video's URL, not its request_id.
    const edit = await curlScript('edit-url', done.video.url);
    expect(responses(edit.stdout)).toEqual([{ status: 200, body: { request_id: expect.stringMatching(/^[0-9a-f-]{36}$/) } }]);
  });

  it.each(['extend', 'edit'])('the tutorial %s with video_id gets a 422 that names video.url', async (command) => {
    const result = await curlScript(command, 'd97415a1-5796-b7ec-379f-4e6819e08fdf');
    expect(result.code, result.stderr).toBe(0);
    expect(responses(result.stdout)).toEqual([
      {
        status: 422,
        body: {
          code: 'invalid-argument',
          error:
            'video_id is not a field: the live API takes the source video as "video": {"url": "<mp4 url>"}, e.g. the finished job\'s video.url (from GET /v1/videos/{request_id}), or {"file_id": "..."}; not a request_id',
        },
      },
    ]);
  });

  it('the whole walk-through (no argument): generate, poll, both 422s, then the extension by video.url (6 + 5 s)', async () => {
    const result = await curlScript();
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const statuses = responses(result.stdout).map((r) => r.status);
    expect(statuses[0]).toBe(200);
    expect(statuses.filter((s) => s === 422)).toHaveLength(2);
    expect(statuses.at(-1)).toBe(200);
    expect(responses(result.stdout).at(-1)?.body).toMatchObject({ status: 'done', video: { duration: 11 } });
  });

  it('stops polling with a non-zero exit on an unknown request_id (404)', async () => {
    const result = await curlScript('poll', '00000000-0000-0000-0000-000000000000');
    expect(result.code).toBe(1);
    expect(responses(result.stdout)).toEqual([
      { status: 404, body: { code: 'not-found', error: expect.stringContaining('No video request') } },
    ]);
  });
});
