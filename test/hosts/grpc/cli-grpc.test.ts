// The CLI's gRPC host: `--grpc-port` (default 4011 beside HTTP's 4010, 0 for any free
// port, `off` for none) from the flag table, shown by --help; in real processes, the
// address it prints, a clean stop of both hosts, a taken port as a clear start-up error,
// and two processes with one secret answering for each other's jobs across hosts.
import { status } from '@grpc/grpc-js';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCli, USAGE } from '../../../src/hosts/flags/parse-cli.js';
import { createJob, poll as restPoll } from '../../server/mock-kit.js';
import { type MockProcess, runCli, spawnMock } from '../spawn-mock.js';
import { call, metadataOf, videoClient } from './support/video-client.js';

const AUTH = metadataOf([['authorization', 'Bearer k']]);

const serve = (argv: string[]) => {
  const command = parseCli(argv, {});
  if (command.kind !== 'serve') throw new Error(`expected serve, got ${command.kind}`);
  return command.options;
};

describe('--grpc-port', () => {
  it('defaults to 4011; takes a port, 0 for any free one, or off', () => {
    expect(serve([]).grpcPort).toBe(4011);
    expect(serve(['--grpc-port', '5011']).grpcPort).toBe(5011);
    expect(serve(['--grpc-port', '0']).grpcPort).toBe(0);
    expect(serve(['--grpc-port', 'off']).grpcPort).toBe(false);
    expect(serve(['--grpc-port=OFF']).grpcPort).toBe(false);
  });

  it.each([
    [['--grpc-port', 'none'], '--grpc-port: expected a number, got "none"'],
    [['--grpc-port', '70000'], '--grpc-port: expected an integer from 0 to 65535'],
    [['--port', '4011'], '--grpc-port: 4011 is the HTTP port too'],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseCli(argv, {})).toThrow(message);
  });

  it('is in --help, with its default and how to turn it off', () => {
    expect(USAGE).toMatch(/--grpc-port <n\|off>\s+Port of the gRPC host: xAI's xai_api\.Video, for the official Python SDK/);
    expect(USAGE).toContain('default 4011; 0 = any free port; off = none');
  });
});

describe('the CLI serving gRPC', () => {
  const running: MockProcess[] = [];
  afterAll(async () => {
    await Promise.all(running.map((p) => p.kill()));
  });
  const start = async (args: string[]) => {
    const mock = await spawnMock(['--quiet', ...args]);
    running.push(mock);
    return mock;
  };

  it('prints the gRPC address and the api_host to give the Python SDK; --grpc-port off serves HTTP only', async () => {
    const [served, off] = await Promise.all([start([]), start(['--grpc-port', 'off'])]);
    const port = served.grpcTarget?.split(':').at(-1);
    expect(served.grpcTarget).toBe(`127.0.0.1:${port}`);
    expect(served.output()).toContain(`Python SDK: Client(api_host="localhost:${port}")`);
    expect(off.grpcTarget).toBeUndefined();
    expect(off.output()).not.toContain('gRPC');
  });

  it('stops both hosts on SIGTERM, exit code 0', async () => {
    const mock = await start([]);
    const exited = new Promise<number | null>((resolve) => mock.child.once('exit', resolve));
    await mock.kill('SIGTERM');
    expect(await exited).toBe(0);
    const client = videoClient(mock.grpcTarget!);
    const outcome = await call(client.GenerateVideo.bind(client), { prompt: 'a' }, AUTH);
    client.close();
    expect(!outcome.ok && outcome.error.code).toBe(status.UNAVAILABLE);
  });

  it('a gRPC port that is taken: exit 1, naming it and saying how to pick another, and nothing else on stderr', async () => {
    const holder = await start([]);
    const port = Number(holder.grpcTarget!.split(':').at(-1));
    const { code, stderr } = await runCli(['--port', '0', '--grpc-port', String(port), '--quiet']);
    expect(code).toBe(1);
    // The whole of stderr: no line of grpc-js's own ("No address added out of total 1 resolved").
    expect(stderr).toBe(
      `xai-video-mock: gRPC port ${port} on 127.0.0.1 is already in use (another mock still running?).\n` +
        `Pick another: --grpc-port ${port + 1}, or --grpc-port 0 for any free port; --grpc-port off serves HTTP only.\n`,
    );
  });

  it('two processes with the same --secret: created over gRPC on one, polled over REST on the other, and the reverse', async () => {
    const [a, b] = await Promise.all([start(['--secret', 'shared', '--instant']), start(['--secret', 'shared', '--instant'])]);
    const client = videoClient(a.grpcTarget!);
    try {
      const created = await call(client.GenerateVideo.bind(client), { prompt: 'a', duration: 2 }, AUTH);
      if (!created.ok) throw new Error(created.error.details);
      const overRest = await restPoll(b.url, (created.value as { request_id: string }).request_id);
      expect(overRest.body).toMatchObject({ status: 'done', video: { duration: 2 } });
      expect((await fetch(overRest.body.video.url)).headers.get('content-type')).toBe('video/mp4');

      const restId = await createJob(b.url, { prompt: 'b', duration: 3 });
      const overGrpc = await call(client.GetDeferredVideo.bind(client), { request_id: restId }, AUTH);
      expect(overGrpc).toMatchObject({ ok: true, value: { status: 'DONE', response: { video: { duration: 3 } } } });
      // Each process builds video.url on its own HTTP host.
      if (overGrpc.ok) expect((overGrpc.value as { response: { video: { url: string } } }).response.video.url.startsWith(a.url)).toBe(true);
    } finally {
      client.close();
    }
  });
});
