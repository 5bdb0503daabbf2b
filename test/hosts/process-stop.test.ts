// The process says why it stops, in real processes: SIGTERM/SIGINT are one structured log
// line (the signal, the requests in flight), a slow request in flight still gets its
// answer, the exit code is 0; past --shutdown-grace what is left is closed and counted (an
// HTTP request and a gRPC call each on its own count); a second signal exits at once; an
// unexpected error is logged with its stack and the process drains and exits 1, never silently.
import { fileURLToPath } from 'node:url';
import { status } from '@grpc/grpc-js';
import { afterAll, describe, expect, it } from 'vitest';
import { call, metadataOf, videoClient } from './grpc/support/video-client.js';
import { type MockProcess, spawnMock } from './spawn-mock.js';
import { head, openSocket, rawExchange, splitAnswers } from './raw-http.js';

const CRASHING_HOST = fileURLToPath(new URL('./fixtures/crashing-host.ts', import.meta.url));
const running: MockProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((p) => p.kill()));
});

async function start(args: string[], env: NodeJS.ProcessEnv = {}, script?: string): Promise<MockProcess> {
  const mock = await spawnMock(['--quiet', ...args], env, script);
  running.push(mock);
  return mock;
}

const exitOf = (mock: MockProcess) =>
  new Promise<number | null>((resolve) => {
    if (mock.child.exitCode !== null) return resolve(mock.child.exitCode);
    mock.child.once('exit', (code) => resolve(code));
  });

/** The JSON log lines the process printed. */
const logOf = (mock: MockProcess): Record<string, any>[] =>
  mock
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));

/** Waits (for output, not for a time) until a log line matches. */
function lineMatching(mock: MockProcess, msg: RegExp): Promise<Record<string, any>> {
  return new Promise((resolve) => {
    const look = () => {
      const line = logOf(mock).find((entry) => msg.test(entry.msg));
      if (!line) return;
      mock.child.stdout!.off('data', look);
      resolve(line);
    };
    mock.child.stdout!.on('data', look);
    look();
  });
}

/**
 * A create that the fault latency holds in flight. Sent on a connection the server has
 * already answered on, then followed by a round trip on another one, so that it has
 * surely been read before the test signals.
 */
async function slowCreate(mock: MockProcess): Promise<{ answered: Promise<ReturnType<typeof splitAnswers>> }> {
  const port = Number(new URL(mock.url).port);
  const socket = await openSocket(port);
  const received: Buffer[] = [];
  socket.on('data', (data: Buffer) => received.push(data));
  socket.on('error', () => {});
  const answered = new Promise<ReturnType<typeof splitAnswers>>((resolve) =>
    socket.on('close', () => resolve(splitAnswers(Buffer.concat(received).toString('latin1')))),
  );
  const first = new Promise((resolve) => socket.once('data', resolve));
  socket.write(head('GET /__mock/health HTTP/1.1', ['Connection: keep-alive']));
  await first;
  socket.write(
    head(
      'POST /v1/videos/generations HTTP/1.1',
      ['Authorization: Bearer k', 'Content-Type: application/json', 'Content-Length: 14', 'Connection: keep-alive'],
      '{"prompt":"a"}',
    ),
  );
  expect((await rawExchange(port, [head('GET /__mock/health HTTP/1.1')])).answers[0]?.status).toBe(200);
  return { answered };
}

/**
 * A GenerateVideo call that the fault latency holds in flight, on a process started with
 * `--max-body-bytes 1024`. It is followed, on the same channel (one HTTP/2 connection), by
 * a call over that limit, which the server refuses (RESOURCE_EXHAUSTED) from its message
 * frame, without the latency: that frame comes after the held call's on the connection, and
 * from there to the held call's handler the server takes no turn of its event loop, so once
 * the refusal is back the held call is surely in flight before the test signals.
 */
async function slowGrpcCreate(mock: MockProcess) {
  const client = videoClient(mock.grpcTarget!);
  const auth = metadataOf([['authorization', 'Bearer k']]);
  const answered = call(client.GenerateVideo.bind(client), { prompt: 'a' }, auth);
  const refused = await call(client.GenerateVideo.bind(client), { prompt: 'x'.repeat(4096) }, auth);
  expect(!refused.ok && refused.error.code).toBe(status.RESOURCE_EXHAUSTED);
  return { answered, client };
}

describe('a stop signal', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s: logged with the requests in flight; the slow one is answered; exit 0', async (signal) => {
    const mock = await start(['--instant', '--fault-latency', '1500']);
    const { answered } = await slowCreate(mock);
    const exited = exitOf(mock);
    mock.child.kill(signal);
    expect(await exited).toBe(0);
    const { answers } = await answered;
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers[1]!.json).toMatchObject({ request_id: expect.any(String) });
    expect(answers[1]!.headers.connection).toBe('close');
    const log = logOf(mock);
    expect(log.find((entry) => entry.signal === signal)).toMatchObject({
      level: 30,
      in_flight: 1,
      grace_ms: 10_000,
      msg: expect.stringContaining('draining'),
    });
    expect(log.at(-1)).toMatchObject({ msg: 'stopped', exit_code: 0 });
  });

  it('past --shutdown-grace, the requests still in flight are closed and counted; exit 0', async () => {
    const mock = await start(['--instant', '--fault-latency', '20000', '--shutdown-grace', '100']);
    const { answered } = await slowCreate(mock);
    const exited = exitOf(mock);
    mock.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect((await answered).answers.map((a) => a.status)).toEqual([200]); // the health check only
    expect(logOf(mock).find((entry) => entry.cut !== undefined)).toMatchObject({ level: 40, cut: 1, grace_ms: 100 });
  });

  it('past --shutdown-grace, the gRPC calls still in flight are cancelled and counted apart from HTTP; exit 0', async () => {
    const mock = await start(['--instant', '--fault-latency', '20000', '--shutdown-grace', '100', '--max-body-bytes', '1024']);
    const { answered, client } = await slowGrpcCreate(mock);
    const exited = exitOf(mock);
    mock.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const outcome = await answered;
    client.close();
    // As in stop-drain.test.ts: CANCELLED when the server cancels the stream, UNAVAILABLE when the socket goes first.
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect([status.CANCELLED, status.UNAVAILABLE]).toContain(outcome.error.code);
    expect(logOf(mock).find((entry) => entry.grpc_cut !== undefined)).toMatchObject({ level: 40, cut: 0, grpc_cut: 1, grace_ms: 100 });
    expect(logOf(mock).at(-1)).toMatchObject({ msg: 'stopped', exit_code: 0 });
  });

  it('a second signal exits at once, with 128 + its number', async () => {
    const mock = await start(['--instant', '--fault-latency', '20000']);
    await slowCreate(mock);
    const exited = exitOf(mock);
    mock.child.kill('SIGTERM');
    await lineMatching(mock, /^stopping/);
    mock.child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(logOf(mock).at(-1)).toMatchObject({ signal: 'SIGINT', in_flight: 1, exit_code: 130, msg: 'second signal: exiting now' });
  });
});

describe('an unexpected error', () => {
  it.each([
    ['throw', 'uncaughtException', 'boom from the test'],
    ['reject', 'unhandledRejection', 'rejected in the test'],
  ])('"%s": %s is logged with its stack; a request in flight is answered; exit 1', async (command, kind, message) => {
    const mock = await start([], { FAULT_LATENCY_MS: '1500' }, CRASHING_HOST);
    const { answered } = await slowCreate(mock);
    const exited = exitOf(mock);
    mock.child.stdin!.write(`${command}\n`);
    expect(await exited).toBe(1);
    expect((await answered).answers.map((a) => a.status)).toEqual([200, 200]);
    const fatal = logOf(mock).find((entry) => entry.level === 60);
    expect(fatal).toMatchObject({ kind, in_flight: 1, err: { message, stack: expect.stringContaining('crashing-host.ts') } });
    expect(logOf(mock).at(-1)).toMatchObject({ msg: 'stopped', exit_code: 1 });
  });
});
