// `make mock` as a new user runs it: flags go through ARGS to the mock, and dist/ is rebuilt
// only when something it is built from changed. The real run never rebuilds (`-o`): the
// rest of the suite reads dist/ meanwhile. Whether a change would rebuild is asked of make
// itself with -n (print, do not run) and -W (pretend a file was just modified).
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createJob, poll } from '../server/mock-kit.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STAMP = 'dist/.built';
const BUILD_COMMANDS = /tsc -p tsconfig\.build\.json|build-spec\.mjs|build-playground\.mjs|bundle-bins\.mjs/;

function requireBuild(): void {
  if (!existsSync(`${ROOT}${STAMP}`)) throw new Error('dist/ is missing: run `make build` first (make test does)');
}

/** `make -n …`: the commands make would run, one per line. */
function dryRun(args: string[]): Promise<string[]> {
  return new Promise((resolve, reject) =>
    execFile('make', ['--no-print-directory', '-n', ...args], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout.trim().split('\n')),
    ),
  );
}

interface MakeMock {
  url: string;
  output: () => string;
  /** Ends make and the mock; resolves once make has exited. */
  stop(): Promise<void>;
}

/** `make mock ARGS=…` in its own process group, stopped as Ctrl-C would: SIGINT to make and the mock. */
function startMakeMock(args: string): Promise<MakeMock> {
  const child = spawn('make', ['--no-print-directory', '-o', STAMP, 'mock', `ARGS=${args}`], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGINT');
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => void stop().then(() => reject(new Error(`make mock did not start:\n${output}`))), 15_000);
    void exited.then(() => reject(new Error(`make mock exited:\n${output}`)));
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, output: () => output, stop });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
  });
}

describe('make mock', () => {
  it('passes ARGS to the mock: make mock ARGS="--instant --port 0 --grpc-port 0 --quiet"', async () => {
    requireBuild();
    const mock = await startMakeMock('--instant --port 0 --grpc-port 0 --quiet');
    try {
      expect(mock.output()).toContain('node dist/bin/xai-video-mock.js --instant --port 0 --grpc-port 0 --quiet');
      expect(mock.output()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(timing: instant;/);
      expect(new URL(mock.url).port).not.toBe('4010');
      const id = await createJob(mock.url, { prompt: 'a paper boat', duration: 2 });
      expect((await poll(mock.url, id)).body).toMatchObject({ status: 'done' }); // instant: done on the first poll
      expect(mock.output()).not.toContain('"method"'); // --quiet: no access log
    } finally {
      await mock.stop();
    }
    // Ctrl-C ended the mock too: nothing answers on its port any more.
    await expect(fetch(`${mock.url}/__mock/health`)).rejects.toThrow();
  });

  it('does not rebuild when nothing changed since the last build', async () => {
    requireBuild();
    // -W on the stamp: as if the build had just finished.
    const commands = await dryRun(['-W', STAMP, 'mock', 'ARGS=--instant']);
    expect(commands.filter((line) => BUILD_COMMANDS.test(line))).toEqual([]);
    expect(commands.at(-1)).toBe('node dist/bin/xai-video-mock.js --instant');
  });

  it.each(['src/server/mock-core.ts', 'openapi/xai-video.yaml', 'src/playground/playground.css', 'scripts/build-spec.mjs'])(
    'rebuilds when %s changed, then starts the mock',
    async (file) => {
      requireBuild();
      const commands = await dryRun(['-W', file, 'mock']);
      expect(commands.some((line) => /tsc -p tsconfig\.build\.json/.test(line))).toBe(true);
      expect(commands.some((line) => /build-playground\.mjs/.test(line))).toBe(true);
      expect(commands.at(-1)).toBe('node dist/bin/xai-video-mock.js');
    },
  );
});
