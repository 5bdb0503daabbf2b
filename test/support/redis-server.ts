// A throw-away redis-server for one test file: on a free loopback port, no persistence
// (--save '' --appendonly no), its working folder in a temporary directory removed on
// close. `kill` and `start` again on the same port stand for an outage and a recovery;
// `pause`/`resume` (SIGSTOP/SIGCONT) for a Redis that holds its connections but answers
// nothing.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

export interface RedisServer {
  url: string;
  port: number;
  /** SIGKILL, as a crash; resolves once the process is gone. */
  kill(): Promise<void>;
  /** (Re)starts it on the same port, empty. */
  start(): Promise<void>;
  /** Resolves once the process is stopped (Linux: its /proc state says so). */
  pause(): Promise<void>;
  resume(): void;
  output(): string;
  close(): Promise<void>;
}

/** `extraArgs`: more redis-server options, e.g. ['--requirepass', 'p']. */
export async function startRedisServer(binary: string, extraArgs: string[] = []): Promise<RedisServer> {
  const dir = await mkdtemp(join(tmpdir(), 'redis-server-'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  let text = '';
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
    '--logfile',
    '',
    ...extraArgs,
  ];

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const started = spawn(binary, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${text}`)), 10_000);
      const onData = (chunk: Buffer) => {
        text += chunk.toString();
        if (/Ready to accept connections/.test(text.slice(-4096))) {
          clearTimeout(timer);
          started.stdout?.off('data', onData);
          started.stdout?.resume();
          resolve();
        }
      };
      started.stdout?.on('data', onData);
      started.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with ${code}:\n${text}`));
      });
    });

  const kill = () =>
    new Promise<void>((resolve) => {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return resolve();
      running.removeAllListeners('exit');
      running.once('exit', () => resolve());
      running.kill('SIGCONT'); // a paused server must be able to die
      running.kill('SIGKILL');
    });

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill,
    start: async () => {
      text = '';
      await start();
    },
    pause: async () => {
      child?.kill('SIGSTOP');
      // A signal lands when the process is next scheduled: wait for it to stand still.
      for (let check = 0; check < 200; check++) {
        const stat = await readFile(`/proc/${child?.pid}/stat`, 'utf8').catch(() => undefined);
        if (stat === undefined || /\) T /.test(stat)) return;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    resume: () => child?.kill('SIGCONT'),
    output: () => text,
    close: async () => {
      await kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
