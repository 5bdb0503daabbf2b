// startMockServer's gRPC host: off unless asked for, on any free port with grpcPort 0,
// closed with the HTTP host, a taken port (either one) a start-up error that leaves
// nothing listening and prints nothing, and one access-log line per call in the HTTP
// host's log (never the key).
import { type AddressInfo, createServer } from 'node:net';
import { status } from '@grpc/grpc-js';
import { describe, expect, it, vi } from 'vitest';
import { startGrpcHost } from '../../../src/hosts/grpc/index.js';
import { PortInUseError, startMockServer } from '../../../src/hosts/index.js';
import { type MockCore, normaliseMockOptions } from '../../../src/server/index.js';
import { call, metadataOf, videoClient } from './support/video-client.js';

const AUTH: [string, string] = ['authorization', 'Bearer secret-key-123'];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('startMockServer and its gRPC host', () => {
  it('serves no gRPC unless grpcPort is given', async () => {
    const server = await startMockServer({ port: 0, quiet: true });
    expect(server.grpc).toBeUndefined();
    expect(server.options.grpcPort).toBe(false);
    await server.close();
  });

  it('grpcPort 0 picks a free port and reports where to dial; close() closes both hosts', async () => {
    const server = await startMockServer({ port: 0, grpcPort: 0, quiet: true });
    expect(server.grpc?.port).toBeGreaterThan(0);
    expect(server.grpc?.target).toBe(`127.0.0.1:${server.grpc?.port}`);
    expect(server.options.grpcPort).toBe(server.grpc?.port);
    const { port, grpc } = server;
    await server.close();
    // Both ports are free again: a new mock binds exactly them.
    const again = await startMockServer({ port, grpcPort: grpc!.port, quiet: true });
    expect([again.port, again.grpc?.port]).toEqual([port, grpc!.port]);
    await again.close();
    const client = videoClient(grpc!.target);
    const outcome = await call(client.GenerateVideo.bind(client), { prompt: 'a' }, metadataOf([AUTH]));
    client.close();
    expect(!outcome.ok && outcome.error.code).toBe(status.UNAVAILABLE);
  });

  it('a gRPC port that is taken is a PortInUseError naming it and the way out; nothing is left listening, grpc-js prints nothing', async () => {
    const blocker = createServer();
    const grpcPort = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as AddressInfo).port)),
    );
    const httpPort = await freePort();
    // grpc-js's own logger writes with console.error; anything else would reach stderr.
    const consoleError = vi.spyOn(console, 'error');
    const stderr = vi.spyOn(process.stderr, 'write');
    const error = await startMockServer({ port: httpPort, grpcPort, quiet: true }).catch((e: unknown) => e);
    // Read before mockRestore, which forgets the calls.
    const printed = [...consoleError.mock.calls, ...stderr.mock.calls];
    consoleError.mockRestore();
    stderr.mockRestore();
    expect(printed).toEqual([]);
    expect(error).toBeInstanceOf(PortInUseError);
    expect(error).toMatchObject({
      code: 'EADDRINUSE',
      option: 'grpcPort',
      host: '127.0.0.1',
      port: grpcPort,
      cause: { code: 'EADDRINUSE' },
    });
    expect((error as Error).message).toBe(
      `gRPC port 127.0.0.1:${grpcPort} is already in use: start the gRPC host on another port (grpcPort, --grpc-port), ` +
        'on 0 for any free one, or not at all (grpcPort: false, --grpc-port off)',
    );
    // The HTTP port is free: a new mock binds exactly it.
    const retry = await startMockServer({ port: httpPort, quiet: true });
    expect(retry.port).toBe(httpPort);
    await retry.close();
    await new Promise((resolve) => blocker.close(resolve));
  });

  it('an HTTP port that is taken closes the gRPC host it had started', async () => {
    const taken = await startMockServer({ port: 0, quiet: true });
    const grpcPort = await freePort();
    await expect(startMockServer({ port: taken.port, grpcPort, quiet: true })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    const retry = await startMockServer({ port: 0, grpcPort, quiet: true });
    expect(retry.grpc?.port).toBe(grpcPort);
    await Promise.all([retry.close(), taken.close()]);
  });

  it('answers over gRPC as soon as HTTP answers (the gRPC host starts first), video.url on the HTTP port', async () => {
    const server = await startMockServer({ port: 0, grpcPort: 0, quiet: true, timing: 'instant' });
    const client = videoClient(server.grpc!.target);
    const created = await call(client.GenerateVideo.bind(client), { prompt: 'a' }, metadataOf([AUTH]));
    const id = created.ok ? (created.value as { request_id: string }).request_id : '';
    const polled = await call(client.GetDeferredVideo.bind(client), { request_id: id }, metadataOf([AUTH]));
    client.close();
    await server.close();
    expect(polled).toMatchObject({ ok: true, value: { response: { video: { url: `${server.url}/__mock/videos/xai-video-${id}.mp4` } } } });
  });

  it('logs one JSON line per gRPC call (method, status, request_id, x-request-id), never the key; quiet logs none', async () => {
    const lines: string[] = [];
    const server = await startMockServer({ port: 0, grpcPort: 0, log: (line) => lines.push(line), timing: 'instant' });
    const client = videoClient(server.grpc!.target);
    const created = await call(client.GenerateVideo.bind(client), { prompt: 'a' }, metadataOf([AUTH]));
    const requestId = created.ok ? (created.value as { request_id: string }).request_id : '';
    await call(client.GetDeferredVideo.bind(client), { request_id: 'nope' }, metadataOf([AUTH]));
    client.close();
    await server.close();
    const calls = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'call');
    expect(calls).toMatchObject([
      { level: 30, rpc: '/xai_api.Video/GenerateVideo', grpc_status: 'OK', request_id: requestId },
      { level: 30, rpc: '/xai_api.Video/GetDeferredVideo', grpc_status: 'NOT_FOUND', request_id: 'nope' },
    ]);
    for (const entry of calls) {
      expect(entry.x_request_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof entry.duration_ms).toBe('number');
    }
    expect(lines.join('\n')).not.toContain('secret-key-123');

    const quietLines: string[] = [];
    const quiet = await startMockServer({ port: 0, grpcPort: 0, quiet: true, log: (line) => quietLines.push(line) });
    const quietClient = videoClient(quiet.grpc!.target);
    await call(quietClient.GenerateVideo.bind(quietClient), { prompt: 'a' }, metadataOf([AUTH]));
    quietClient.close();
    await quiet.close();
    expect(quietLines).toEqual([]);
  });
});

describe('startGrpcHost', () => {
  it('answers a failure of the host itself with INTERNAL, and logs it as an error (the stack, not to the client)', async () => {
    const lines: string[] = [];
    const core = {
      options: normaliseMockOptions({ quiet: true, log: (line) => lines.push(line) }),
      handleOperation: () => {
        throw new Error('boom in the host');
      },
    } as unknown as MockCore;
    const grpc = await startGrpcHost(core, { port: 0, videoBaseUrl: () => 'http://127.0.0.1:1' });
    const client = videoClient(grpc.target);
    const outcome = await call(client.GenerateVideo.bind(client), { prompt: 'a' }, metadataOf([AUTH]));
    client.close();
    await grpc.close();
    expect(!outcome.ok && [outcome.error.code, outcome.error.details]).toEqual([status.INTERNAL, 'Internal server error.']);
    expect(lines.map((line) => JSON.parse(line))).toMatchObject([{ level: 'error', msg: 'unexpected error' }]);
    expect(lines[0]).toContain('boom in the host');
  });
});
