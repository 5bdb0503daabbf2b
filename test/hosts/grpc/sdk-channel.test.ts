// The mock as the official Python SDK reaches it: a C-core grpcio client set up like
// xai_sdk's channel (local credentials for "localhost:PORT", the bearer key as call
// credentials, the SDK's options and metadata; support/sdk_channel_client.py) runs the
// SDK's generate-and-poll loop against the real mock over loopback: in-process
// (startMockServer with grpcPort) and as the CLI serves it. The SDK itself needs PyPI;
// Debian's python3-grpcio is enough to prove the channel, the wire and the answers.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadSync } from '@grpc/proto-loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOADER_OPTIONS, VIDEO_PROTO_FILE } from '../../../src/hosts/grpc/index.js';
import { type RunningMockServer, startMockServer } from '../../../src/hosts/index.js';
import { poll as restPoll } from '../../server/mock-kit.js';
import { spawnMock } from '../spawn-mock.js';

const PYTHON = '/usr/bin/python3';
const CLIENT = fileURLToPath(new URL('./support/sdk_channel_client.py', import.meta.url));
const hasGrpcio = spawnSync(PYTHON, ['-c', 'import grpc, google.protobuf'], { stdio: 'ignore' }).status === 0;

/** The project's .proto files as compiled FileDescriptorProtos, each after a 4-byte big-endian length. */
function writeDescriptorSet(dir: string): string {
  const definition = loadSync(VIDEO_PROTO_FILE, { ...LOADER_OPTIONS }) as unknown as Record<string, { fileDescriptorProtos?: Buffer[] }>;
  const parts = (definition['xai_api.GenerateVideoRequest']?.fileDescriptorProtos ?? []).flatMap((file) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(file.length);
    return [length, file];
  });
  const path = join(dir, 'video.desc');
  writeFileSync(path, Buffer.concat(parts));
  return path;
}

describe.skipIf(!hasGrpcio)('the Python SDK’s channel (skipped without /usr/bin/python3 and Debian python3-grpcio)', () => {
  let dir: string;
  let descriptorSet: string;
  let mock: RunningMockServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'grpc-sdk-'));
    descriptorSet = writeDescriptorSet(dir);
    // Every job is done on its second poll: PENDING, then DONE, whatever the clock does.
    mock = await startMockServer({ port: 0, grpcPort: 0, quiet: true, polls: 2, apiKeys: ['mock-key'] });
  });

  afterAll(async () => {
    await mock.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Asynchronous: the mock runs in this process and must keep answering meanwhile.
  async function runClient(port: number, apiKey: string, prefer: string): Promise<Record<string, any>> {
    const { stdout } = await promisify(execFile)(PYTHON, [CLIENT, String(port), descriptorSet, apiKey, prefer], { timeout: 30_000 });
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, any>;
  }

  it('generate → PENDING → DONE: the tutorial’s image-to-video job, answered as REST answers it, with a video.url that plays', async () => {
    const result = await runClient(mock.grpc!.port, 'mock-key', '');
    expect(result.statuses).toEqual(['PENDING', 'DONE']);
    const id = result.request_id as string;
    expect(result.video).toEqual({
      url: `${mock.url}/__mock/videos/xai-video-${id}.mp4`,
      duration: 6,
      respect_moderation: true,
      model: 'grok-imagine-video',
      // 6 s at 720p (0.07 USD/s) and one input image (0.002 USD), in 1e-10 USD ticks.
      cost_in_usd_ticks: 4_220_000_000,
    });
    const rest = await restPoll(mock.url, id, { authorization: 'Bearer mock-key' });
    expect(rest.body).toMatchObject({
      status: 'done',
      video: { url: result.video.url, duration: 6 },
      usage: { cost_in_usd_ticks: 4_220_000_000 },
    });
    const video = await fetch(result.video.url);
    expect(video.headers.get('content-type')).toBe('video/mp4');
  });

  it('the Prefer metadata of Client(metadata=...) picks the outcome: FAILED with the error the SDK raises', async () => {
    const result = await runClient(mock.grpc!.port, 'mock-key', 'outcome=failed, error-code=internal_error');
    expect(result.statuses).toEqual(['PENDING', 'FAILED']);
    expect(result.error).toMatchObject({ code: 'internal_error' });
    expect(result.error.message).not.toBe('');
  });

  it('a key the mock does not accept reaches the SDK as grpc.RpcError INVALID_ARGUMENT with the REST message', async () => {
    expect(await runClient(mock.grpc!.port, 'wrong-key', '')).toEqual({
      grpc_error: { code: 'INVALID_ARGUMENT', details: 'Incorrect API key provided. You can obtain an API key from the xAI console.' },
    });
  });

  it('the CLI serves it: `xai-video-mock --instant` with the gRPC host on its own port, the video on the HTTP host', async () => {
    const cli = await spawnMock(['--instant', '--quiet']);
    try {
      const port = Number(cli.grpcTarget?.split(':').at(-1));
      const result = await runClient(port, 'any-key', '');
      expect(result.statuses).toEqual(['DONE']);
      expect(result.video.url).toBe(`${cli.url}/__mock/videos/xai-video-${result.request_id}.mp4`);
      expect((await fetch(result.video.url)).headers.get('content-type')).toBe('video/mp4');
    } finally {
      await cli.kill('SIGTERM');
    }
  });
});
