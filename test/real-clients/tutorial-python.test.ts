// The tutorial's Python `requests` client (mocks/examples/tutorial_poll.py) against the
// mock: the POST, then `poll_video` until `status == "done"`, printing the progress. Jobs
// finish on their third poll, so it must see the job pending twice, with progress, first.
import { describe, expect, it } from 'vitest';
import { startMockServer } from '../../src/hosts/index.js';
import {
  API_KEY,
  downloadMp4,
  FAST_POLL_SECONDS,
  ftypOf,
  mockVideoUrl,
  PENDING_POLLS,
  PENDING_PROGRESS,
  pythonExecutable,
  runExample,
  useMock,
} from './real-client-kit.js';

const mock = useMock({ polls: PENDING_POLLS });

async function runTutorial(baseUrl: string) {
  return runExample(await pythonExecutable(), ['tutorial_poll.py'], {
    XAI_BASE_URL: baseUrl,
    XAI_API_KEY: API_KEY,
    XAI_POLL_INTERVAL: FAST_POLL_SECONDS,
    PYTHONUNBUFFERED: '1',
  });
}

describe.concurrent("the tutorial's Python polling loop", () => {
  it('sees pending with rising progress, then done with the video URL and duration', async () => {
    const result = await runTutorial(mock().url);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');

    const requestId = /^Job started: (\S+)$/.exec(lines[0] ?? '')?.[1];
    expect(requestId, lines[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

    const statuses = lines.slice(1, -2).map((line) => {
      const match = /^Status: (\w+) \| Progress: (\d+)%$/.exec(line);
      if (!match) throw new Error(`unexpected line: ${line}`);
      return { status: match[1], progress: Number(match[2]) };
    });
    expect(statuses).toEqual([...PENDING_PROGRESS.map((progress) => ({ status: 'pending', progress })), { status: 'done', progress: 100 }]);

    const url = mockVideoUrl(mock().url, requestId!);
    expect(lines.slice(-2)).toEqual([`Video URL: ${url}`, 'Duration: 6s']);
    const video = await downloadMp4(url);
    expect(video.contentType).toBe('video/mp4');
    expect(ftypOf(video.bytes)).toBe('ftyp');
  });

  // Not a mock mismatch: the live API may answer a running job with an empty 202
  // (openapi/xai-video.yaml: Lifecycle), and the tutorial's loop calls response.json()
  // unconditionally. The mock's default (202 with a pending body) keeps the tutorial
  // working; its empty-202 dialect reproduces the pitfall on the first poll.
  it("crashes on the live API's empty-202 dialect, as the tutorial's code would live", async () => {
    const emptyPending = await startMockServer({
      port: 0,
      quiet: true,
      strict: true,
      polls: PENDING_POLLS,
      dialect: { emptyPendingBody: true },
    });
    try {
      const result = await runTutorial(emptyPending.url);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toMatch(/^Job started: /);
      expect(result.stderr).toMatch(/JSONDecodeError|Expecting value/);
    } finally {
      await emptyPending.close();
    }
  });
});
