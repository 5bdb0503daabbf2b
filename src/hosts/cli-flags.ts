// The CLI's flags, once: one table that drives parseArgs (cli-options.ts) and `--help`.
// The flags for the server-wide defaults of the mock controls (`--timing`, `--polls`,
// `--outcome`, `--error-code`, `--dialect`) come from the controls table itself. A flag
// only converts its value; normaliseMockOptions checks it.
import {
  DEFAULT_GRPC_PORT,
  DEFAULT_HOST,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_PORT,
  DEFAULT_REDIS_PREFIX,
  MOCK_CONTROLS,
  type MockControl,
  type MockControls,
  type MockOptions,
  type ServerDefault,
} from '../server/index.js';
import { LIMIT_FLAGS } from './cli-limit-flags.js';

export type FlagValue = string | boolean | string[];
type Group = 'Server' | 'Limits' | 'Jobs' | 'Auth' | 'Faults (off by default, seeded)' | 'Other';

export interface Flag {
  name: string;
  short?: string;
  /** The value's placeholder in --help; none for a boolean flag. */
  arg?: string;
  /**
   * The value the flag means when given without one (`--rate-limit` alone, last or before
   * another flag); `--help` shows the value as optional, `[n]`.
   */
  bare?: string;
  multiple?: boolean;
  /** The CLI's value when the flag is not given (where it differs from the option's own default). */
  default?: string;
  group: Group;
  help: string;
  /** The option the flag sets, as normaliseMockOptions names it in its errors. */
  option?: string;
  apply?(options: MockOptions, value: FlagValue, controls: MockControls): void;
}

export const number = (flag: string, value: string): number => {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new Error(`--${flag}: expected a number, got "${value}"`);
  return n;
};

const faults = (options: MockOptions) => (options.faults ??= {});

function latency(value: string): number | [number, number] {
  const [min = '', max] = value.split('-');
  return max === undefined ? number('fault-latency', min) : [number('fault-latency', min), number('fault-latency', max)];
}

/** Where each server-wide control lands in the options. */
const CONTROL_OPTION: Record<ServerDefault, keyof MockOptions> = {
  outcome: 'outcome',
  'error-code': 'errorCode',
  timing: 'timing',
  polls: 'polls',
  dialect: 'dialect',
};

function valuesText(control: MockControl): string {
  const { values } = control;
  return Array.isArray(values) ? values.join(' | ') : `${(values as { min: number }).min}-${(values as { max: number }).max}`;
}

/** A server-wide default of a mock control, as a flag of the same name. */
function controlFlag(control: MockControl): Flag {
  const key = control.serverDefault!;
  return {
    name: control.key,
    arg: key === 'polls' ? 'n' : key,
    multiple: key === 'dialect',
    group: 'Jobs',
    help: `Every job's default ${control.key} (${valuesText(control)}); Prefer: ${control.key}=... overrides it`,
    option: CONTROL_OPTION[key],
    apply: (_options, value, controls) => {
      for (const item of Array.isArray(value) ? value : [String(value)]) control.apply(controls, item);
    },
  };
}

const CONTROL_FLAGS = MOCK_CONTROLS.filter((control) => control.serverDefault).map(controlFlag);

export const FLAGS: readonly Flag[] = [
  {
    name: 'port',
    arg: 'n',
    group: 'Server',
    help: `Port (env PORT; default ${DEFAULT_PORT}; 0 = any free port)`,
    option: 'port',
    apply: (o, v) => (o.port = number('port', String(v))),
  },
  {
    name: 'host',
    arg: 'addr',
    group: 'Server',
    help: `Address to bind (env HOST; default ${DEFAULT_HOST})`,
    option: 'host',
    apply: (o, v) => (o.host = String(v)),
  },
  {
    name: 'grpc-port',
    arg: 'n|off',
    default: String(DEFAULT_GRPC_PORT),
    group: 'Server',
    help: `Port of the gRPC host: xAI's xai_api.Video, for the official Python SDK (api_host="localhost:<n>"; default ${DEFAULT_GRPC_PORT}; 0 = any free port; off = none)`,
    option: 'grpcPort',
    apply: (o, v) => (o.grpcPort = String(v).trim().toLowerCase() === 'off' ? false : number('grpc-port', String(v))),
  },
  {
    name: 'public-url',
    arg: 'url',
    group: 'Server',
    help: 'Base of video.url (default: the Host the client used; over gRPC, the HTTP address)',
    option: 'publicUrl',
    apply: (o, v) => (o.publicUrl = String(v)),
  },
  {
    name: 'max-body-bytes',
    arg: 'n',
    group: 'Server',
    help: `Largest accepted request body (default ${DEFAULT_MAX_BODY_BYTES})`,
    option: 'maxBodyBytes',
    apply: (o, v) => (o.maxBodyBytes = number('max-body-bytes', String(v))),
  },
  { name: 'quiet', group: 'Server', help: 'No access log', option: 'quiet', apply: (o) => (o.quiet = true) },
  {
    name: 'strict',
    group: 'Server',
    help: 'Validate every response against the spec (a violation is a 500)',
    option: 'strict',
    apply: (o) => (o.strict = true),
  },
  {
    name: 'redis-url',
    arg: 'url',
    group: 'Server',
    help: 'Share poll counts, the clock offset, rate limits and recent jobs with every mock on this Redis, e.g. redis://127.0.0.1:6379/0 (env XAI_MOCK_REDIS_URL; replicas need the same --secret)',
    option: 'redisUrl',
    apply: (o, v) => (o.redisUrl = String(v)),
  },
  {
    name: 'redis-prefix',
    arg: 'prefix',
    group: 'Server',
    help: `Start of every Redis key, one per shared deployment (env XAI_MOCK_REDIS_PREFIX; default ${DEFAULT_REDIS_PREFIX})`,
    option: 'redisPrefix',
    apply: (o, v) => (o.redisPrefix = String(v)),
  },
  ...LIMIT_FLAGS,
  ...CONTROL_FLAGS,
  { name: 'instant', group: 'Jobs', help: 'Same as --timing instant (for CI)', option: 'timing', apply: (o) => (o.timing = 'instant') },
  {
    name: 'time-scale',
    arg: 'x',
    group: 'Jobs',
    help: 'Run jobs x times faster (0.5 = twice as slow)',
    option: 'timeScale',
    apply: (o, v) => (o.timeScale = number('time-scale', String(v))),
  },
  {
    name: 'ttl',
    arg: 'seconds',
    group: 'Jobs',
    help: 'A finished job turns "expired" after this long (default 86400)',
    option: 'ttlSeconds',
    apply: (o, v) => (o.ttlSeconds = number('ttl', String(v))),
  },
  {
    name: 'secret',
    arg: 's',
    group: 'Jobs',
    help: 'Signs request ids (env XAI_MOCK_SECRET); processes that share it give the same answers for the same id',
    option: 'secret',
    apply: (o, v) => (o.secret = String(v)),
  },
  {
    name: 'api-key',
    arg: 'key',
    multiple: true,
    group: 'Auth',
    help: 'Accept only this key, repeatable (env XAI_MOCK_API_KEYS, comma-separated); default: any "Bearer <token>"',
    option: 'apiKeys',
    apply: (o, v) => (o.apiKeys = [...(o.apiKeys ?? []), ...(v as string[])]),
  },
  {
    name: 'fault-seed',
    arg: 'n',
    group: 'Faults (off by default, seeded)',
    help: 'Seed for the fault dice (default 1)',
    option: 'faults.seed',
    apply: (o, v) => (faults(o).seed = number('fault-seed', String(v))),
  },
  {
    name: 'fault-latency',
    arg: 'ms',
    group: 'Faults (off by default, seeded)',
    help: 'Added latency: "200" or a range "50-400"',
    option: 'faults.latencyMs',
    apply: (o, v) => (faults(o).latencyMs = latency(String(v))),
  },
  {
    name: 'fault-error-rate',
    arg: 'p',
    group: 'Faults (off by default, seeded)',
    help: 'Share of API requests answered with an error (0-1)',
    option: 'faults.errorRate',
    apply: (o, v) => (faults(o).errorRate = number('fault-error-rate', String(v))),
  },
  {
    name: 'fault-statuses',
    arg: 'list',
    group: 'Faults (off by default, seeded)',
    help: 'Statuses for those errors (default 500,503,529,429)',
    option: 'faults.errorStatuses',
    apply: (o, v) =>
      (faults(o).errorStatuses = String(v)
        .split(',')
        .map((s) => number('fault-statuses', s.trim()))),
  },
  {
    name: 'fault-reset-rate',
    arg: 'p',
    group: 'Faults (off by default, seeded)',
    help: 'Share of API requests whose connection is reset (0-1)',
    option: 'faults.resetRate',
    apply: (o, v) => (faults(o).resetRate = number('fault-reset-rate', String(v))),
  },
  {
    name: 'rate-limit',
    arg: 'n',
    bare: '1',
    group: 'Faults (off by default, seeded)',
    help: 'Live-style rate limit: n creates/s per key per model (alone: 1, as live)',
    option: 'rateLimit',
    apply: (o, v) =>
      (o.rateLimit = { ...(typeof o.rateLimit === 'object' ? o.rateLimit : {}), perSecond: number('rate-limit', String(v) || '1') }),
  },
  {
    name: 'rate-limit-polls',
    group: 'Faults (off by default, seeded)',
    help: 'Count polls against the rate limit too (with --rate-limit)',
    option: 'rateLimit',
    apply: (o) => (o.rateLimit = { ...(typeof o.rateLimit === 'object' ? o.rateLimit : {}), includePolls: true }),
  },
  { name: 'help', short: 'h', group: 'Other', help: 'This help' },
  { name: 'version', group: 'Other', help: 'The version' },
];

const GROUPS: Group[] = ['Server', 'Limits', 'Jobs', 'Auth', 'Faults (off by default, seeded)', 'Other'];

function usageLine(flag: Flag): string {
  const value = flag.arg === undefined ? '' : flag.bare === undefined ? ` <${flag.arg}>` : ` [${flag.arg}]`;
  const name = `${flag.short ? `-${flag.short}, ` : ''}--${flag.name}${value}`;
  return `  ${name.padEnd(24)}${name.length >= 24 ? ' ' : ''}${flag.help}`;
}

export const USAGE = `Usage: xai-video-mock [options]

A stateful mock of xAI's Grok Imagine video API (POST /v1/videos/generations,
/extensions, /edits; GET /v1/videos/{request_id}), validated against the contract,
and of its gRPC service xai_api.Video for the official Python SDK (--grpc-port).

${GROUPS.map(
  (group) =>
    `${group}\n${FLAGS.filter((flag) => flag.group === group)
      .map(usageLine)
      .join('\n')}`,
).join('\n')}

Per request: the Prefer header (or a "[mock: ...]" tag in the prompt) picks the outcome,
e.g. "Prefer: outcome=failed, error-code=internal_error" or "Prefer: timing=instant";
over gRPC, the same in a "prefer" metadata entry.
See the README and GET /docs on the running mock.`;
