// Runs the real CLI in a child process (from source, through tsx), for restart and
// multi-process tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/hosts/cli.ts', import.meta.url));

export interface MockProcess {
  url: string;
  /** The gRPC host's `host:port` (on any free port unless the args say otherwise), if it runs. */
  grpcTarget: string | undefined;
  child: ChildProcess;
  output: () => string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `script`: another entry that prints the same "listening on" line (a test fixture). */
export function spawnMock(args: string[], env: NodeJS.ProcessEnv = {}, script = CLI): Promise<MockProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, '--port', '0', '--grpc-port', '0', ...args], {
    env: { ...process.env, ...env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mock did not start: ${output}`)), 15_000);
    child.on('exit', (code) => reject(new Error(`mock exited with ${code}: ${output}`)));
    let started = false;
    const onData = (data: Buffer) => {
      output += data.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      // Once only: later lines (the stop's log) must not strip the caller's 'exit' listeners.
      if (!match?.[1] || started) return;
      started = true;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url: match[1],
        // Printed before the "listening on" line.
        grpcTarget: /gRPC \(xai_api\.Video\) on (\S+?);/.exec(output)?.[1],
        child,
        output: () => output,
        kill: (signal = 'SIGKILL') =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill(signal);
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  });
}
