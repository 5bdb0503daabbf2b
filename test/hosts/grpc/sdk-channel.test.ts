// The host as the official Python SDK reaches it: a C-core grpcio client set up like
// xai_sdk's channel (local credentials for "localhost:PORT", the bearer key as call
// credentials, the SDK's options and metadata; support/sdk_channel_client.py) runs the
// SDK's generate-and-poll loop against startGrpcServer over loopback. The SDK itself
// needs PyPI; Debian's python3-grpcio is enough to prove the channel and the wire.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadSync } from '@grpc/proto-loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOADER_OPTIONS, type RunningGrpcServer, startGrpcServer, VIDEO_PROTO_FILE } from '../../../src/hosts/grpc/index.js';
import { createFakeVideoCore, type FakeVideoCore } from './support/fake-video-core.js';

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
  let core: FakeVideoCore;
  let server: RunningGrpcServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'grpc-sdk-'));
    descriptorSet = writeDescriptorSet(dir);
    core = createFakeVideoCore();
    server = await startGrpcServer({ core, port: 0 });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Asynchronous: the server runs in this process and must keep answering meanwhile.
  async function runClient(apiKey: string, prefer: string): Promise<Record<string, unknown>> {
    const { stdout } = await promisify(execFile)(PYTHON, [CLIENT, String(server.port), descriptorSet, apiKey, prefer], { timeout: 30_000 });
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
  }

  it('generate → pending → done: the key, the Prefer metadata and the REST body reach the core; the video comes back', async () => {
    core.pollReplies = [
      { status: 202, json: { status: 'pending', progress: 40 } },
      {
        status: 200,
        json: {
          status: 'done',
          progress: 100,
          model: 'grok-imagine-video',
          video: { url: 'http://127.0.0.1:4010/__mock/videos/xai-video-fake-1.mp4', duration: 6, respect_moderation: true },
          usage: { cost_in_usd_ticks: 4_200_000_000 },
        },
      },
    ];
    const result = await runClient('mock-key', 'timing=instant');
    expect(result).toEqual({
      request_id: 'fake-1',
      statuses: ['PENDING', 'DONE'],
      video: {
        url: 'http://127.0.0.1:4010/__mock/videos/xai-video-fake-1.mp4',
        duration: 6,
        respect_moderation: true,
        model: 'grok-imagine-video',
        cost_in_usd_ticks: 4_200_000_000,
      },
    });
    expect(core.creates[0]).toEqual({
      operationId: 'generateVideo',
      body: {
        prompt: 'Gentle waves move across the surface',
        model: 'grok-imagine-video',
        duration: 6,
        image: { url: 'https://example.com/landscape.jpg' },
        aspect_ratio: '16:9',
        resolution: '720p',
      },
      call: { authorization: 'Bearer mock-key', prefer: 'timing=instant' },
    });
    expect(core.polls.map((p) => p.call.authorization)).toEqual(['Bearer mock-key', 'Bearer mock-key']);
  });

  it('an error from the core (here: a refused key) reaches the SDK as grpc.RpcError with the gRPC code and the REST message', async () => {
    core.createReplies.push({ status: 400, json: { code: 'invalid-argument', error: 'Incorrect API key provided.' } });
    expect(await runClient('wrong-key', '')).toEqual({ grpc_error: { code: 'INVALID_ARGUMENT', details: 'Incorrect API key provided.' } });
  });
});
