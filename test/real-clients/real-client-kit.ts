// Shared helpers of the real-client tests: a mock started in-process for the file, the
// example scripts run as child processes (the way a user runs them), and MP4 checks.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { startMockServer, type MockServerOptions, type RunningMockServer } from '../../src/hosts/index.js';
import { probeMp4 } from '../../src/contract/probe-mp4.js';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../mocks/examples/', import.meta.url));
export const API_KEY = 'real-client-test-key';
/** Seconds between polls for the examples that read XAI_POLL_INTERVAL (default 5). */
export const FAST_POLL_SECONDS = '0.001';

/**
 * A job started with `polls: PENDING_POLLS` (the server option, or `[mock: polls=3]` in a
 * prompt) answers pending twice, at 33 % and 66 %, and is done on its third poll, however
 * fast or slow the client polls: no wall clock decides what a client sees, so a loaded
 * machine cannot turn the pending polls into none, or a poll into a timeout.
 */
export const PENDING_POLLS = 3;
/** The pending progress a client sees of a `polls: PENDING_POLLS` job, poll by poll. */
export const PENDING_PROGRESS = [33, 66];

/**
 * Starts a quiet, strict mock before the file's tests and closes it after them. Jobs are
 * instant unless the options (or a request's controls) ask for polls.
 */
export function useMock(options: MockServerOptions = {}): () => RunningMockServer {
  let server: RunningMockServer | undefined;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, quiet: true, strict: true, timing: 'instant', ...options });
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('the mock is not running');
    return server;
  };
}

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs an example to completion (killed after `timeoutMs`), never throwing on a non-zero exit. */
export function runExample(command: string, args: string[], env: Record<string, string>, timeoutMs = 15_000): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: EXAMPLES_DIR, env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`${command} ${args.join(' ')} did not finish (${error.message})\nstdout:\n${stdout}\nstderr:\n${stderr}`));
          return;
        }
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

let python: Promise<string> | undefined;

/**
 * The first Python interpreter with `requests` (the tutorial's only dependency), resolved
 * once: a version-manager shim (pyenv) can cost a second per start, more than the whole
 * tutorial run against the mock. Debian's python3-requests serves /usr/bin/python3.
 */
export function pythonExecutable(): Promise<string> {
  python ??= (async () => {
    const failures: string[] = [];
    for (const candidate of ['python3', '/usr/bin/python3']) {
      const result = await runExample(candidate, ['-c', 'import sys, requests; print(sys.executable)'], {});
      if (result.code === 0) return result.stdout.trim();
      failures.push(`${candidate}: ${result.stderr.trim().split('\n').pop() ?? ''}`);
    }
    throw new Error(`no python3 with requests (CI installs Debian's python3-requests): ${failures.join('; ')}`);
  })();
  return python;
}

/** Fetches a video URL and checks it is an MP4 (a `ftyp` box first) served as video/mp4. */
export async function downloadMp4(url: string): Promise<{ bytes: Uint8Array; contentType: string | null }> {
  const response = await fetch(url);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return { bytes, contentType: response.headers.get('content-type') };
}

export function ftypOf(bytes: Uint8Array): string {
  const probe = probeMp4(bytes);
  if (!probe.isMp4) throw new Error(`not an MP4: ${probe.reason ?? ''}`);
  return String.fromCharCode(...bytes.subarray(4, 8));
}

/** `<mock>/__mock/videos/xai-video-<request_id>.mp4` for this mock and job. */
export function mockVideoUrl(mockUrl: string, requestId: string): string {
  return `${mockUrl}/__mock/videos/xai-video-${requestId}.mp4`;
}
