// The two programs of package.json "bin" are bundles (scripts/bundle-bins.mjs): a bundled
// module that finds a file beside itself must still find it from dist/bin/. These run the
// built bundles as `npx xai-video-mock` does (plain node, no tsx) and use each such file:
// package.json (--version), the prebuilt spec and validators (a create), the media chunk
// (the MP4), the gRPC host's .proto files, the docs page's Redoc bundle, the playground.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJob, poll } from '../server/mock-kit.js';
import { call, metadataOf, videoClient } from '../hosts/grpc/support/video-client.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
};
const MOCK = `${ROOT}${pkg.bin['xai-video-mock']}`;
const CONTRACT = `${ROOT}${pkg.bin['xai-video-contract']}`;

function run(file: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [file, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

let child: ChildProcess;
let url = '';
let grpcTarget = '';

beforeAll(async () => {
  if (!existsSync(MOCK)) throw new Error(`${pkg.bin['xai-video-mock']} is missing: run \`make build\` first (make test does)`);
  child = spawn(process.execPath, [MOCK, '--instant', '--port', '0', '--grpc-port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bundled mock did not start:\n${output}`)), 15_000);
    child.once('exit', (code) => reject(new Error(`the bundled mock exited with ${code}:\n${output}`)));
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const listening = /listening on (http:\/\/\S+)/.exec(output);
      if (!listening) return;
      clearTimeout(timer);
      url = listening[1]!;
      grpcTarget = /gRPC \(xai_api\.Video\) on (\S+?);/.exec(output)?.[1] ?? '';
      resolve();
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
  });
}, 20_000);

afterAll(() => {
  child?.kill('SIGKILL');
});

describe('the bundled xai-video-mock', () => {
  it('is a node script with the package version', async () => {
    expect(readFileSync(MOCK, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(await run(MOCK, ['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('generates a video to done and serves a playable MP4', async () => {
    const id = await createJob(url, { prompt: 'a paper boat', duration: 2 });
    const done = await poll(url, id);
    expect(done.body).toMatchObject({ status: 'done' });
    const video = await fetch((done.body as { video: { url: string } }).video.url);
    expect(video.status).toBe(200);
    expect(video.headers.get('content-type')).toBe('video/mp4');
    const head = new Uint8Array(await video.arrayBuffer()).subarray(4, 8);
    expect(new TextDecoder().decode(head)).toBe('ftyp');
  });

  it('answers bad input from the spec validators in the live shape', async () => {
    const response = await fetch(`${url}/v1/videos/generations`, {
      method: 'POST',
      headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'a', duration: 'ten' }),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.json()).toMatchObject({ code: expect.any(String), error: expect.stringContaining('duration') });
  });

  it('loads the .proto files for its gRPC host', async () => {
    expect(grpcTarget).not.toBe('');
    const client = videoClient(grpcTarget);
    try {
      const outcome = await call(
        client.GenerateVideo.bind(client),
        { prompt: 'a', duration: 2 },
        metadataOf([['authorization', 'Bearer k']]),
      );
      expect(outcome.ok).toBe(true);
    } finally {
      client.close();
    }
  });

  it('serves the docs page with its Redoc bundle, and the playground with its script', async () => {
    for (const [path, type] of [
      ['/docs', 'text/html'],
      ['/docs/redoc.standalone.js', 'javascript'],
      ['/', 'text/html'],
      ['/playground.js', 'javascript'],
    ] as const) {
      const response = await fetch(`${url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toContain(type);
      expect((await response.arrayBuffer()).byteLength, path).toBeGreaterThan(1_000);
    }
  });
});

describe('the build that makes them', () => {
  // `npm pack` builds through prepack → `npm run build`, a checkout through `make build`:
  // a step missing from either ships a package without it (once: without dist/bin/).
  it('is the same in `make build` and `npm run build`', () => {
    const makefile = readFileSync(`${ROOT}Makefile`, 'utf8');
    const recipe = /^\$\(BUILD_STAMP\):.*\n((?:\t.*\n)+)/m.exec(makefile)?.[1] ?? '';
    const steps = (lines: string[]) => lines.map((line) => line.trim().replace(/^\$\(NPX\) /, '')).filter((line) => !line.startsWith('@'));
    const fromMake = steps(recipe.split('\n').filter(Boolean));
    const fromNpm = steps(pkg.scripts.build!.split('&&'));
    expect(fromMake).toContain('node scripts/bundle-bins.mjs');
    expect(fromNpm).toEqual(fromMake);
  });
});

describe('the bundled xai-video-contract', () => {
  it('is a node script with the package version', async () => {
    expect(readFileSync(CONTRACT, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(await run(CONTRACT, ['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('runs a flow against the bundled mock and passes', async () => {
    const result = await run(CONTRACT, ['check', '--base-url', url, '--only', 'text-to-video: create'], { XAI_API_KEY: 'test-key' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^PASS +\[generation\] text-to-video: create, poll to done, download an MP4/m);
    expect(result.stdout).toContain('1 passed, 0 failed');
    expect(result.code).toBe(0);
  }, 30_000);
});
