#!/usr/bin/env node
// xai-video-mock: starts the mock and stops cleanly on SIGINT/SIGTERM.
import { readFileSync } from 'node:fs';
import { type CliCommand, parseCli, USAGE } from './cli-options.js';
import { startMockServer } from './node-server.js';
import { PortInUseError } from './port-in-use.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
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
  const server = await startMockServer({ log: (line) => process.stdout.write(`${line}\n`), ...command.options });
  const { timing, polls, outcome } = server.options;
  const settings = [timing, polls ? `${polls} polls` : '', outcome === 'done' ? '' : `outcome ${outcome}`].filter(Boolean).join(', ');
  process.stdout.write(
    `xai-video-mock listening on ${server.url} (timing: ${settings}; playground: ${server.url}/, docs: ${server.url}/docs)\n`,
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** What to do about a busy port, in the CLI's own terms (flags and environment). */
function portInUse({ host, port }: PortInUseError): string {
  const next = port > 0 && port < 65535 ? port + 1 : 4011;
  return [
    `port ${port} on ${host} is already in use (another mock still running?).`,
    `Pick another port: --port ${next} (or PORT=${next}), or --port 0 for any free port.`,
  ].join('\n');
}

main().catch((error: unknown) => {
  const message = error instanceof PortInUseError ? portInUse(error) : (error as Error).message;
  process.stderr.write(`xai-video-mock: ${message}\n`);
  process.exit(1);
});
