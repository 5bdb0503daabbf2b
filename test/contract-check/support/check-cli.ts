// Runs the check's real bin (package.json "bin", built to dist/) in a child process, with
// an environment that holds only what the test gives it: a developer's own XAI_API_KEY
// must not leak into a test, nor a test's key into anything but the child.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The bin a consumer's `npx xai-video-contract` runs, as package.json names it. */
export function checkBinPath(packageRoot = ROOT): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  const bin = pkg.bin['xai-video-contract'];
  if (!bin) throw new Error('package.json has no bin "xai-video-contract"');
  const path = join(packageRoot, bin);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`make build\` first (make test does)`);
  return path;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string>;
  cwd?: string;
  bin?: string;
  timeoutMs?: number;
}

export function runCheckCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env };
  const child = spawn(process.execPath, [options.bin ?? checkBinPath(), ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  return new Promise((resolve) => {
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Fast pacing for a target on loopback with instant or sped-up jobs. */
export const LOOPBACK_PACE = ['--poll-interval', '0.02', '--min-gap', '0', '--job-timeout', '60', '--request-timeout', '30'];
