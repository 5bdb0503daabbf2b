// The check CLI's arguments → what to do, with node:util's parseArgs. Every mistake is a
// UsageError (exit status 2) that says what was wrong; a mistyped flag gets "did you
// mean". The key is read from the environment only, never from a flag: a flag would
// land in shell history and CI logs.
import { parseArgs } from 'node:util';
import { unknownFlag } from '../command-line/index.js';
import type { FlowCost } from './flows/contract-flow.js';
import { LIVE_PACING, type Pacing } from './pacing.js';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const FLAGS = {
  'base-url': { type: 'string' },
  'body-limit': { type: 'string' },
  list: { type: 'boolean' },
  only: { type: 'string', multiple: true },
  skip: { type: 'string', multiple: true },
  'include-billed': { type: 'boolean' },
  'free-only': { type: 'boolean' },
  'poll-interval': { type: 'string' },
  'min-gap': { type: 'string' },
  'job-timeout': { type: 'string' },
  'request-timeout': { type: 'string' },
  junit: { type: 'string' },
  json: { type: 'string' },
  record: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

export interface CheckRunArgs {
  baseUrl: string;
  apiKey: string;
  pacing: Pacing;
  maxCost: FlowCost;
  bodyLimitBytes: number | undefined;
  only: string[];
  skip: string[];
  junitFile: string | undefined;
  jsonFile: string | undefined;
  recordDir: string | undefined;
}

export type CheckCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'list'; only: string[]; skip: string[] }
  | { kind: 'check'; args: CheckRunArgs };

type Values = ReturnType<typeof parseStrict>['values'];

/** Unknown flags first, from the tokens: parseArgs' own message has no suggestion. */
function rejectUnknownFlags(argv: string[]): void {
  const unknown = unknownFlag(argv, FLAGS);
  if (unknown) throw new UsageError(unknown);
}

function parseStrict(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function seconds(flag: string, value: string | undefined, fallbackMs: number, min: number): number {
  if (value === undefined) return fallbackMs;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min)
    throw new UsageError(`--${flag}: expected seconds (a number ≥ ${min}), got "${value}"`);
  return Math.round(n * 1000);
}

function pacingOf(v: Values): Pacing {
  return {
    pollIntervalMs: seconds('poll-interval', v['poll-interval'], LIVE_PACING.pollIntervalMs, 0),
    minRequestGapMs: seconds('min-gap', v['min-gap'], LIVE_PACING.minRequestGapMs, 0),
    jobTimeoutMs: seconds('job-timeout', v['job-timeout'], LIVE_PACING.jobTimeoutMs, 0.001),
    requestTimeoutMs: seconds('request-timeout', v['request-timeout'], LIVE_PACING.requestTimeoutMs, 0.001),
  };
}

function bodyLimitOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`--body-limit: expected a number of bytes ≥ 1, got "${value}"`);
  return n;
}

/** The API host: http(s), no credentials in it (the key comes from XAI_API_KEY), no trailing /v1. */
function baseUrlOf(value: string | undefined): string {
  if (value === undefined || value.trim() === '')
    throw new UsageError('--base-url is required (or XAI_BASE_URL): the host to check, e.g. https://api.x.ai');
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new UsageError(`--base-url: not a URL: "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`--base-url: expected http:// or https://, got "${url.protocol}"`);
  if (url.username || url.password) throw new UsageError('--base-url: put no credentials in the URL; the key comes from XAI_API_KEY');
  const base = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  if (/\/v1$/.test(base)) throw new UsageError(`--base-url is the host without /v1 (the flows add /v1/...): try ${base.slice(0, -3)}`);
  return base;
}

function maxCostOf(v: Values): FlowCost {
  if (v['include-billed'] && v['free-only']) throw new UsageError('--include-billed and --free-only contradict each other: pick one');
  return v['include-billed'] ? 'billed' : v['free-only'] ? 'free' : 'cheap';
}

function apiKeyOf(env: NodeJS.ProcessEnv): string {
  const key = env.XAI_API_KEY?.trim();
  if (!key) throw new UsageError('XAI_API_KEY is not set: the check sends it as the bearer key (against the mock any value works)');
  return key;
}

export function parseCheckArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): CheckCommand {
  rejectUnknownFlags(argv);
  const { values: v, positionals } = parseStrict(argv);
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  const [command, extra] = positionals;
  if (command !== undefined && command !== 'check') throw new UsageError(`unknown command "${command}" (the command is "check")`);
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const only = v.only ?? [];
  const skip = v.skip ?? [];
  if (v.list) return { kind: 'list', only, skip };
  if (command === undefined) throw new UsageError('expected the command "check" (xai-video-contract check --base-url <url>)');
  return {
    kind: 'check',
    args: {
      baseUrl: baseUrlOf(v['base-url'] ?? env.XAI_BASE_URL),
      apiKey: apiKeyOf(env),
      pacing: pacingOf(v),
      maxCost: maxCostOf(v),
      bodyLimitBytes: bodyLimitOf(v['body-limit']),
      only,
      skip,
      junitFile: v.junit,
      jsonFile: v.json,
      recordDir: v.record,
    },
  };
}
