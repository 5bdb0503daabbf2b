#!/usr/bin/env node
// xai-video-contract: the contract check as a command (`npx xai-video-contract check
// --base-url URL`). Prints the summary, writes the reports asked for, exits 0 (no drift),
// 1 (drift), 2 (usage error) or 3 (the check itself broke). Every text it writes passes
// through one redactor.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type CheckCommand, type CheckRunArgs, parseCheckArgs, UsageError } from './check-args.js';
import { USAGE } from './check-usage.js';
import { FlowPatternError, selectFlows } from './flow-selection.js';
import { CONTRACT_FLOWS } from './flows/flow-catalogue.js';
import { toJUnitXml } from './junit-report.js';
import { createRedactor } from './redact-secrets.js';
import { runContractCheck } from './run-contract-check.js';
import { formatFlowList, formatFlowResult, formatFooter, formatHeader } from './summary-text.js';

const EXIT = { ok: 0, drift: 1, usage: 2, internal: 3 } as const;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

async function check(args: CheckRunArgs, out: (text: string) => void): Promise<number> {
  const redact = createRedactor([args.apiKey]);
  const print = (text: string) => out(`${redact(text)}\n`);
  const flows = selectFlows(CONTRACT_FLOWS, { only: args.only, skip: args.skip }).length;
  print(formatHeader(args.baseUrl, args.pacing, args.maxCost, flows));
  const report = await runContractCheck({
    baseUrl: args.baseUrl,
    apiKey: args.apiKey,
    pacing: args.pacing,
    maxCost: args.maxCost,
    only: args.only,
    skip: args.skip,
    version: version(),
    onFlow: (result) => print(formatFlowResult(result)),
    ...(args.bodyLimitBytes === undefined ? {} : { bodyLimitBytes: args.bodyLimitBytes }),
    ...(args.recordDir === undefined ? {} : { recordDir: args.recordDir }),
  });
  print(formatFooter(report));
  if (args.junitFile) writeFile(args.junitFile, redact(toJUnitXml(report)));
  if (args.jsonFile) writeFile(args.jsonFile, redact(`${JSON.stringify(report, null, 2)}\n`));
  return report.totals.failed > 0 ? EXIT.drift : EXIT.ok;
}

function commandOutput(command: Exclude<CheckCommand, { kind: 'check' }>): string {
  if (command.kind === 'help') return USAGE;
  if (command.kind === 'version') return version();
  return formatFlowList(selectFlows(CONTRACT_FLOWS, command).map(({ flow }) => flow));
}

/** Runs one command; returns the exit status. */
async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const out = (text: string) => void process.stdout.write(text);
  const redact = createRedactor([env.XAI_API_KEY?.trim() ?? '']);
  try {
    const command = parseCheckArgs(argv, env);
    if (command.kind === 'check') return await check(command.args, out);
    out(`${commandOutput(command)}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError || error instanceof FlowPatternError) {
      process.stderr.write(`xai-video-contract: ${redact(error.message)}\nRun with --help for the options.\n`);
      return EXIT.usage;
    }
    process.stderr.write(`xai-video-contract: the check itself failed: ${redact(String((error as Error)?.stack ?? error))}\n`);
    return EXIT.internal;
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);
