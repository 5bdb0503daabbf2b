// The CLI, restart survival (kill -9, start again) and two processes behind one load
// balancer answering the same for the same request_id.
import { afterAll, describe, expect, it } from 'vitest';
import { call, createJob, poll } from '../server/mock-kit.js';
import { runCli, spawnMock, type MockProcess } from './spawn-mock.js';

const running: MockProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((p) => p.kill()));
});

async function start(args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<MockProcess> {
  const mock = await spawnMock(['--quiet', ...args], env);
  running.push(mock);
  return mock;
}

describe('state survives the process', () => {
  it('a job created before kill -9 is answered the same by a new process', async () => {
    const first = await start();
    const pendingId = await createJob(first.url, { prompt: 'long', duration: 15 }, 'timing=slow');
    const failedId = await createJob(first.url, { prompt: 'a' }, 'timing=instant, outcome=failed, error-code=permission_denied');
    const before = await poll(first.url, failedId);
    await first.kill('SIGKILL');
    const second = await start();
    expect(await poll(second.url, failedId)).toMatchObject({ status: before.status, body: before.body });
    const pending = await poll(second.url, pendingId);
    expect(pending.status).toBe(202);
    expect(pending.body.status).toBe('pending');
  });

  it('two processes with the same secret give the same answers; another secret does not know the job', async () => {
    const [a, b] = await Promise.all([start(['--secret', 'shared']), start([], { XAI_MOCK_SECRET: 'shared' })]);
    const id = await createJob(a.url, { prompt: 'a', duration: 3, resolution: '720p' }, 'timing=instant');
    const fromA = await poll(a.url, id);
    const fromB = await poll(b.url, id);
    expect(fromB.status).toBe(200);
    expect(fromB.body).toEqual({ ...fromA.body, video: { ...fromA.body.video, url: fromA.body.video.url.replace(a.url, b.url) } });
    const video = await fetch(fromB.body.video.url);
    expect(video.headers.get('content-type')).toBe('video/mp4');
    const other = await start(['--secret', 'different']);
    expect((await poll(other.url, id)).status).toBe(404);
  });
});

describe('the CLI', () => {
  it('--help lists every option', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const flag of [
      '--port',
      '--host',
      '--time-scale',
      '--timing',
      '--instant',
      '--polls',
      '--ttl',
      '--dialect',
      '--api-key',
      '--strict',
      '--quiet',
      '--secret',
      '--fault-latency',
      '--fault-error-rate',
      '--fault-reset-rate',
      '--rate-limit',
      '--public-url',
    ]) {
      expect(stdout).toContain(flag);
    }
  });

  it('rejects unknown flags and bad values with exit code 2', async () => {
    expect((await runCli(['--bogus'])).code).toBe(2);
    const typo = await runCli(['--instnat']);
    expect(typo).toMatchObject({ code: 2, stdout: '' });
    expect(typo.stderr).toBe('xai-video-mock: unknown option --instnat (did you mean --instant?)\nRun with --help for the options.\n');
    const bad = await runCli(['--timing', 'warp']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--timing');
  });

  it('--rate-limit alone (as --help says, [n]) limits creates to 1/s per key per model, as the live API', async () => {
    const { stdout } = await runCli(['--help']);
    expect(stdout).toContain('--rate-limit [n]');
    for (const args of [['--rate-limit'], ['--rate-limit', '--instant']]) {
      const mock = await start(args);
      const create = () =>
        call(`${mock.url}/v1/videos/generations`, {
          method: 'POST',
          headers: { authorization: 'Bearer k1', 'content-type': 'application/json' },
          body: '{"prompt":"a"}',
        });
      expect((await create()).status, args.join(' ')).toBe(200);
      const limited = await create();
      expect(limited.status, args.join(' ')).toBe(429);
      expect(limited.body).toMatchObject({ code: 'resource-exhausted', error: expect.stringContaining('1 request(s) per second') });
      await mock.kill();
    }
  });

  it('a busy port is named, with how to pick another; the exit code is 1', async () => {
    const busy = await start();
    const port = new URL(busy.url).port;
    const second = await runCli(['--port', port, '--host', '127.0.0.1']);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
    const next = Number(port) + 1 === 4011 ? 4012 : Number(port) + 1; // never the gRPC host's default
    expect(second.stderr).toContain(`--port ${next} (or PORT=${next}), or --port 0 for any free port`);
    const fromEnv = await runCli(['--host', '127.0.0.1'], { PORT: port });
    expect(fromEnv.code).toBe(1);
    expect(fromEnv.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
  });

  it('PORT and HOST come from the environment; --api-key and XAI_MOCK_API_KEYS restrict keys', async () => {
    const mock = await start(['--api-key', 'k1'], { XAI_MOCK_API_KEYS: 'k2,k3', HOST: '127.0.0.1' });
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ok = await call(`${mock.url}/v1/videos/generations`, {
      method: 'POST',
      headers: { authorization: 'Bearer k3', 'content-type': 'application/json' },
      body: '{"prompt":"a"}',
    });
    expect(ok.status).toBe(200);
    const no = await call(`${mock.url}/v1/videos/generations`, {
      method: 'POST',
      headers: { authorization: 'Bearer k9', 'content-type': 'application/json' },
      body: '{"prompt":"a"}',
    });
    expect(no.status).toBe(400);
  });
});
