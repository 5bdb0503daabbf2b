// Runs dredd against a server with the suite's hooks (test/dredd/hooks.cjs) and reads its
// report: the summary line and the transactions that failed or were skipped.
import { fileURLToPath } from 'node:url';
import { specPath } from '../../src/spec/index.js';
import { CONTRACT_MOCK_MAX_BODY_BYTES } from './body-limit.js';
import { binPath, runNodeProcess } from './child-process.js';
import { MOCK_API_KEY } from './contract-mock.js';

export const DREDD_HOOKS = fileURLToPath(new URL('../dredd/hooks.cjs', import.meta.url));

export interface DreddRunOptions {
  serverUrl: string;
  target: 'mock' | 'live';
  /** The bearer the hooks send (against the live API: the auth proxy's placeholder). */
  bearer?: string;
  timeoutMs?: number;
}

export interface DreddSummary {
  passing: number;
  failing: number;
  errors: number;
  skipped: number;
  total: number;
}

export interface DreddReport {
  code: number | null;
  output: string;
  summary: DreddSummary | undefined;
  /** "POST (200) /v1/videos/edits", as dredd names them. */
  failed: string[];
  skipped: string[];
  /** Hook lines "skip reason: <transaction>: <why>". */
  skipReasons: string[];
  hooksLoaded: boolean;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the ANSI colour codes dredd prints
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

function parseSummary(output: string): DreddSummary | undefined {
  const line = /complete: (.*) total/.exec(output)?.[1];
  if (!line) return undefined;
  const count = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
  return {
    passing: count('passing'),
    failing: count('failing'),
    errors: count('errors?'),
    skipped: count('skipped'),
    total: Number(/(\d+) total/.exec(output)?.[1] ?? 0),
  };
}

const linesAfter = (output: string, prefix: string) =>
  output
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length).trim());

/** "POST (200) /v1/videos/edits duration: 9ms" → "POST (200) /v1/videos/edits", once each. */
function transactionIds(lines: string[]): string[] {
  const ids = lines.map((line) => /^([A-Z]+ \(\d{3}\) \S+)/.exec(line)?.[1]).filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}

export async function runDredd(options: DreddRunOptions): Promise<DreddReport> {
  const args = [specPath, options.serverUrl, '--hookfiles', DREDD_HOOKS, '--loglevel', 'error', '--color', 'false'];
  const env = {
    ...process.env,
    DREDD_TARGET: options.target,
    DREDD_SERVER_URL: options.serverUrl,
    DREDD_BEARER: options.bearer ?? MOCK_API_KEY,
    DREDD_MAX_BODY_BYTES: String(CONTRACT_MOCK_MAX_BODY_BYTES),
    XAI_API_KEY: '', // the key stays out of dredd's process: the auth proxy adds it
  };
  const { code, output: raw } = await runNodeProcess(binPath('dredd', 'bin/dredd'), args, { env, timeoutMs: options.timeoutMs ?? 120_000 });
  const output = stripAnsi(raw);
  return {
    code,
    output,
    summary: parseSummary(output),
    failed: transactionIds(linesAfter(output, 'fail: ')),
    skipped: transactionIds(linesAfter(output, 'skip: ')),
    skipReasons: linesAfter(output, 'skip reason: '),
    hooksLoaded: output.includes('xai-video dredd hooks:'),
  };
}
