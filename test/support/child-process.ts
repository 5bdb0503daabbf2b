// Starts the tools the suite drives (Prism, dredd) as child processes of this process:
// node runs their CLI file directly (no npx), so the pid we hold is the tool's own and
// stopping it ends exactly what we started.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Absolute path of a package's CLI file, e.g. binPath('@stoplight/prism-cli', 'dist/index.js'). */
export function binPath(packageName: string, file: string): string {
  return join(dirname(require.resolve(`${packageName}/package.json`)), file);
}

export interface RunningProcess {
  pid: number | undefined;
  /** Everything it wrote so far (stdout and stderr interleaved). */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Resolves the start once the output matches. */
  ready: RegExp;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

function collect(child: ChildProcess, sink: (text: string) => void): void {
  child.stdout?.on('data', (chunk: Buffer) => sink(chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => sink(chunk.toString('utf8')));
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 3_000).unref();
    });
}

/** Starts `node <script> ...args` and waits for its ready line. */
export function startNodeProcess(script: string, args: string[], options: StartOptions): Promise<RunningProcess> {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const running: RunningProcess = { pid: child.pid, output: () => text, stop: stopper(child) };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void running.stop();
      reject(new Error(`${script} did not become ready within ${options.timeoutMs ?? 30_000} ms:\n${text}`));
    }, options.timeoutMs ?? 30_000);
    collect(child, (chunk) => {
      text += chunk;
      if (options.ready.test(text)) {
        clearTimeout(timer);
        resolve(running);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready:\n${text}`));
    });
  });
}

export interface Finished {
  code: number | null;
  output: string;
}

/**
 * Runs `node <script> ...args` to completion (killed after timeoutMs). Output goes to a
 * file, not a pipe: a tool that calls process.exit (dredd does) loses what is still
 * buffered in a pipe, and dredd's report comes last.
 */
export async function runNodeProcess(
  script: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<Finished> {
  const dir = await mkdtemp(join(tmpdir(), 'xai-video-run-'));
  const file = join(dir, 'output.log');
  const handle = await open(file, 'w');
  try {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', handle.fd, handle.fd],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    clearTimeout(timer);
    return { code, output: await readFile(file, 'utf8') };
  } finally {
    await handle.close();
    await rm(dir, { recursive: true, force: true });
  }
}
