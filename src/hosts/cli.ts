#!/usr/bin/env node
// xai-video-mock: starts the mock; on SIGINT/SIGTERM drains and stops, saying why (node/process-supervisor.ts).
import { readFileSync } from 'node:fs';
import { type CliCommand, parseCli, USAGE } from './flags/parse-cli.js';
import { createLogger } from './internal/access-log.js';
import { startMockServer, superviseProcess } from './node/index.js';
import { DEFAULT_GRPC_PORT, DEFAULT_PORT } from '../server/index.js';
import { PortInUseError } from './internal/port-in-use.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** The SDK sends plaintext only to an api_host that starts with "localhost:" (xai_sdk/client.py). */
function grpcLine(target: string, port: number): string {
  const local = /^(127\.|\[::1?\]|localhost|0\.0\.0\.0)/.test(target); // reachable as localhost
  const sdk = local ? `; Python SDK: Client(api_host="localhost:${port}")` : '';
  return `xai-video-mock gRPC (xai_api.Video) on ${target}${sdk}; --grpc-port off turns it off`;
}

async function main(): Promise<void> {
  let command: CliCommand;
  try {
    command = parseCli(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`xai-video-mock: ${(error as Error).message}\nRun with --help for the options.\n`);
    process.exit(2);
  }
  if (command.kind === 'help') return void process.stdout.write(`${USAGE}\n`);
  if (command.kind === 'version') return void process.stdout.write(`${version()}\n`);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const server = await startMockServer({ log, ...command.options });
  const { timing, polls, outcome } = server.options;
  const settings = [timing, polls ? `${polls} polls` : '', outcome === 'done' ? '' : `outcome ${outcome}`].filter(Boolean).join(', ');
  // Before the lines below: a supervisor may stop the mock as soon as it reads them.
  // Not silenced by --quiet (that is the access log): why the process stops is always said.
  superviseProcess({ server, logger: createLogger(log, false), graceMs: server.options.shutdownGraceMs });
  // The "listening on" line comes last: when it is printed, both hosts answer.
  if (server.grpc) process.stdout.write(`${grpcLine(server.grpc.target, server.grpc.port)}\n`);
  process.stdout.write(
    `xai-video-mock listening on ${server.url} (timing: ${settings}; playground: ${server.url}/, docs: ${server.url}/docs)\n`,
  );
}

/** The next port to suggest, but never `avoid` (the mock's other default port). */
function nextPort(port: number, avoid: number): number {
  const after = port > 0 && port < 65534 ? port + 1 : DEFAULT_PORT + 2;
  return after === avoid ? after + 1 : after;
}

/** What to do about a busy port, in the CLI's own terms (flags and environment). */
function portInUse({ host, port, option }: PortInUseError): string {
  if (option === 'grpcPort') {
    const next = nextPort(port, DEFAULT_PORT);
    return [
      `gRPC port ${port} on ${host} is already in use (another mock still running?).`,
      `Pick another: --grpc-port ${next}, or --grpc-port 0 for any free port; --grpc-port off serves HTTP only.`,
    ].join('\n');
  }
  // The HTTP default's neighbour is the gRPC host's default, taken by the mock itself.
  const next = nextPort(port, DEFAULT_GRPC_PORT);
  return [
    `port ${port} on ${host} is already in use (another mock still running?).`,
    `Pick another port: --port ${next} (or PORT=${next}), or --port 0 for any free port.`,
  ].join('\n');
}

main().catch((error: unknown) => {
  // Another failure to listen on the gRPC port (an address not on this machine, a port it may not use): the way past it.
  const grpcHint = ' Pick another with --grpc-port <n> (0 = any free port), or --grpc-port off.';
  const message = error instanceof PortInUseError ? portInUse(error) : (error as Error).message;
  process.stderr.write(`xai-video-mock: ${message}${message.startsWith('gRPC host:') ? grpcHint : ''}
`);
  process.exit(1);
});
