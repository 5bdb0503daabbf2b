// The spec in the two most used TypeScript generators after openapi-typescript: each
// generates from openapi/xai-video.yaml without a complaint, its output compiles under
// strict, and a generate → poll → done flow written with it passes against the mock,
// including the live API's older response dialects the spec tolerates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../../src/hosts/index.js';
import { probeMp4 } from '../../src/contract/probe-mp4.js';
import type { FlowOptions, GeneratedClientFlow } from './flow-types.js';
import { compileStrict, complaints, describeGenerator, GENERATORS, GENERATORS_DIR, generate, type ToolRun } from './generate-clients.js';

const API_KEY = 'generated-client-key';
const runs = new Map<string, ToolRun>();
let compiled: ToolRun;
let mock: RunningMockServer;

beforeAll(async () => {
  // One after the other: both CLIs together would only compete for the same two cores.
  for (const generator of GENERATORS) runs.set(generator.name, await generate(generator));
  compiled = await compileStrict();
  mock = await startMockServer({ port: 0, quiet: true, strict: true, timing: 'instant' });
}, 180_000);

afterAll(async () => {
  await mock?.close();
});

/** The flow module, imported by URL: the generated code it needs exists only after beforeAll. */
async function flowOf(name: string): Promise<GeneratedClientFlow> {
  return (await import(/* @vite-ignore */ `${GENERATORS_DIR}${name}-flow.ts`)) as GeneratedClientFlow;
}

function options(prefer: string, duration = 2): FlowOptions {
  return { baseUrl: mock.url, apiKey: API_KEY, prompt: 'a paper boat drifting down a rain-soaked street', duration, prefer, maxPolls: 10 };
}

it('the generated clients and the flows written with them compile under strict', () => {
  expect(compiled.output, compiled.output).toBe('');
  expect(compiled.code).toBe(0);
});

describe.each(GENERATORS.map((g) => [describeGenerator(g), g.name] as const))('%s', (_title, name) => {
  it('generates from the spec with no error or warning', () => {
    const run = runs.get(name)!;
    expect(run.code, run.output).toBe(0);
    expect(run.stderr).toBe('');
    expect(complaints(run.output)).toEqual([]);
  });

  it('generate → poll → done: pending 202s with rising progress, then the video', async () => {
    const { requestId, polls, outcome } = await (await flowOf(name)).generateAndWait(options('polls=3'));
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(polls.map((p) => [p.httpStatus, p.status])).toEqual([
      [202, 'pending'],
      [202, 'pending'],
      [200, 'done'],
    ]);
    expect(polls[1]!.progress!).toBeGreaterThan(polls[0]!.progress!);
    // 2 s at 480p (the default resolution) on the base model: $0.05/s.
    expect(outcome).toEqual({
      kind: 'done',
      url: expect.any(String),
      duration: 2,
      model: 'grok-imagine-video',
      costInUsdTicks: 1_000_000_000,
    });
    const video = await fetch(outcome.kind === 'done' ? outcome.url : '');
    expect(video.headers.get('content-type')).toBe('video/mp4');
    expect(probeMp4(new Uint8Array(await video.arrayBuffer())).isMp4).toBe(true);
  });

  it.each([
    [
      'empty-202',
      [
        [202, undefined],
        [202, undefined],
        [200, 'done'],
      ],
    ],
    [
      'legacy-pending-200',
      [
        [200, 'pending'],
        [200, 'pending'],
        [200, 'done'],
      ],
    ],
    [
      'no-status',
      [
        [202, 'pending'],
        [202, 'pending'],
        [200, undefined],
      ],
    ],
  ])('survives the live dialect %s', async (dialect, expected) => {
    const { polls, outcome } = await (await flowOf(name)).generateAndWait(options(`polls=3, dialect=${dialect}`));
    expect(polls.map((p) => [p.httpStatus, p.status])).toEqual(expected);
    expect(outcome).toMatchObject({ kind: 'done', duration: 2 });
  });

  it('reports a failed job with its typed error code', async () => {
    const { outcome } = await (await flowOf(name)).generateAndWait(options('outcome=failed, error-code=service_unavailable'));
    expect(outcome).toEqual({ kind: 'failed', errorCode: 'service_unavailable', message: expect.any(String) });
  });

  it('reports moderation on the poll (400) through the generated error type', async () => {
    const { outcome } = await (await flowOf(name)).generateAndWait(options('outcome=moderated-http'));
    expect(outcome).toEqual({ kind: 'rejected', httpStatus: 400, code: 'imagine:content-moderated', message: expect.any(String) });
  });

  it("reads a refused create's flat {code, error} body through the generated error type", async () => {
    const rejection = await (await flowOf(name)).createRejected({ baseUrl: mock.url, apiKey: API_KEY }, 20);
    expect(rejection).toEqual({ httpStatus: 422, code: 'invalid-argument', message: 'duration: must be <= 15 (got 20)' });
  });
});
