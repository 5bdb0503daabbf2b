// Command-line flags → MockServerOptions, with node:util's parseArgs. Flags win over the
// environment (PORT, HOST, XAI_MOCK_API_KEYS, XAI_MOCK_SECRET), which wins over defaults.
import { parseArgs } from 'node:util';
import type { Dialect, TimingMode } from '../lifecycle/index.js';
import { DEFAULT_HOST, DEFAULT_PORT, type MockServerOptions } from '../server/mock-options.js';

export const USAGE = `Usage: xai-video-mock [options]

A stateful mock of xAI's Grok Imagine video API (POST /v1/videos/generations,
/extensions, /edits; GET /v1/videos/{request_id}), validated against the contract.

Server
  --port <n>              Port (env PORT; default ${DEFAULT_PORT}; 0 = any free port)
  --host <addr>           Address to bind (env HOST; default ${DEFAULT_HOST})
  --public-url <url>      Base of video.url (default: the Host the client used)
  --max-body-bytes <n>    Largest accepted request body (default 67108864)
  --quiet                 No access log
  --strict                Validate every response against the spec (a violation is a 500)
Jobs
  --timing <mode>         realistic (default: seconds, visible progress) | instant | slow
  --instant               Same as --timing instant (for CI)
  --polls <n>             Every job finishes on its Nth poll (deterministic, no clock)
  --time-scale <x>        Run jobs x times faster (0.5 = twice as slow)
  --ttl <seconds>         A finished job turns "expired" after this long (default 86400)
  --dialect <name>        Older live behaviour for every job, repeatable:
                          legacy-pending-200 | no-status | empty-202
  --secret <s>            Signs request ids (env XAI_MOCK_SECRET); processes that share
                          it give the same answers for the same id
Auth
  --api-key <key>         Accept only this key, repeatable (env XAI_MOCK_API_KEYS,
                          comma-separated); default: any "Bearer <token>"
Faults (off by default, seeded)
  --fault-seed <n>        Seed for the fault dice (default 1)
  --fault-latency <ms>    Added latency: "200" or a range "50-400"
  --fault-error-rate <p>  Share of API requests answered with an error (0-1)
  --fault-statuses <list> Statuses for those errors (default 500,503,529,429)
  --fault-reset-rate <p>  Share of API requests whose connection is reset (0-1)
  --rate-limit [n]        Live-style rate limit: n creates/s per key per model (default 1)
  --rate-limit-polls      Count polls against the rate limit too
Other
  -h, --help              This help
  --version               The version

Per request: the Prefer header (or a "[mock: ...]" tag in the prompt) picks the outcome,
e.g. "Prefer: outcome=failed, error-code=internal_error" or "Prefer: timing=instant".
See the README and GET /docs on the running mock.`;

const FLAGS = {
  port: { type: 'string' },
  host: { type: 'string' },
  'public-url': { type: 'string' },
  'max-body-bytes': { type: 'string' },
  quiet: { type: 'boolean' },
  strict: { type: 'boolean' },
  timing: { type: 'string' },
  instant: { type: 'boolean' },
  polls: { type: 'string' },
  'time-scale': { type: 'string' },
  ttl: { type: 'string' },
  dialect: { type: 'string', multiple: true },
  secret: { type: 'string' },
  'api-key': { type: 'string', multiple: true },
  'fault-seed': { type: 'string' },
  'fault-latency': { type: 'string' },
  'fault-error-rate': { type: 'string' },
  'fault-statuses': { type: 'string' },
  'fault-reset-rate': { type: 'string' },
  'rate-limit': { type: 'string' },
  'rate-limit-polls': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

const DIALECT_FLAGS: Record<string, keyof Dialect> = {
  'legacy-pending-200': 'legacyPending200',
  'no-status': 'finishedWithoutStatus',
  'empty-202': 'emptyPendingBody',
};

export type CliCommand = { kind: 'help' } | { kind: 'version' } | { kind: 'serve'; options: MockServerOptions };

function num(flag: string, value: string | undefined, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${flag}: expected a number from ${min} to ${max}, got "${value}"`);
  return n;
}

function latency(value: string | undefined): number | [number, number] | undefined {
  if (!value) return undefined;
  const [min, max] = value.split('-');
  const low = num('fault-latency', min)!;
  return max === undefined ? low : [low, num('fault-latency', max, low)!];
}

function timingOf(values: { timing?: string; instant?: boolean }): TimingMode | undefined {
  if (values.instant) return 'instant';
  if (values.timing && !['realistic', 'instant', 'slow'].includes(values.timing))
    throw new Error(`--timing: expected realistic, instant or slow, got "${values.timing}"`);
  return values.timing as TimingMode | undefined;
}

function dialectOf(names: string[] | undefined): Partial<Dialect> {
  const dialect: Partial<Dialect> = {};
  for (const name of names ?? []) {
    const flag = DIALECT_FLAGS[name];
    if (!flag) throw new Error(`--dialect: expected one of ${Object.keys(DIALECT_FLAGS).join(', ')}, got "${name}"`);
    dialect[flag] = true;
  }
  return dialect;
}

function apiKeysOf(flags: string[] | undefined, env: NodeJS.ProcessEnv): string[] {
  const fromEnv = (env.XAI_MOCK_API_KEYS ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  return [...(flags ?? []), ...fromEnv];
}

export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CliCommand {
  const { values: v, positionals } = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"`);
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  const options: MockServerOptions = {
    port: num('port', v.port ?? env.PORT, 0, 65535) ?? DEFAULT_PORT,
    host: v.host ?? env.HOST ?? DEFAULT_HOST,
    publicUrl: v['public-url'],
    maxBodyBytes: num('max-body-bytes', v['max-body-bytes'], 1),
    quiet: v.quiet ?? false,
    strict: v.strict ?? false,
    timing: timingOf(v),
    polls: num('polls', v.polls, 0, 63),
    timeScale: num('time-scale', v['time-scale'], 0.001),
    ttlSeconds: num('ttl', v.ttl, 0),
    dialect: dialectOf(v.dialect),
    secret: v.secret ?? env.XAI_MOCK_SECRET,
    apiKeys: apiKeysOf(v['api-key'], env),
    faults: {
      seed: num('fault-seed', v['fault-seed']),
      latencyMs: latency(v['fault-latency']),
      errorRate: num('fault-error-rate', v['fault-error-rate'], 0, 1),
      resetRate: num('fault-reset-rate', v['fault-reset-rate'], 0, 1),
      errorStatuses: v['fault-statuses']?.split(',').map((s) => num('fault-statuses', s.trim(), 100, 599)!),
    },
    rateLimit:
      v['rate-limit'] !== undefined
        ? { perSecond: num('rate-limit', v['rate-limit'] || '1', 0.001) ?? 1, includePolls: v['rate-limit-polls'] ?? false }
        : false,
  };
  return { kind: 'serve', options: withoutUndefined(options) };
}

/** Drops undefined values so the option defaults apply. */
function withoutUndefined<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
