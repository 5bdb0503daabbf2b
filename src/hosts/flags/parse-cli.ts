// Command-line flags → MockOptions, with node:util's parseArgs over the flag table
// (flags.ts). Values are only converted here: normaliseMockOptions checks them, and its
// complaint is reported under the flag's name. Flags win over the environment (PORT, HOST,
// XAI_MOCK_API_KEYS, XAI_MOCK_SECRET, XAI_MOCK_REDIS_URL, XAI_MOCK_REDIS_PREFIX,
// XAI_MOCK_REDIS_COMMAND_TIMEOUT, XAI_MOCK_REDIS_CONNECT_TIMEOUT), which wins over the
// defaults. A mistyped flag gets "did you mean"; a flag with an optional value
// (`--rate-limit [n]`) may come alone.
import { parseArgs } from 'node:util';
import { unknownFlag } from '../../command-line/index.js';
import { MockControlError, type MockControls, type MockOptions, MockOptionsError, normaliseMockOptions } from '../../server/index.js';
import { type Flag, type FlagValue, number } from './flag.js';
import { FLAGS } from './flags.js';

export { FLAGS, USAGE } from './flags.js';

export type CliCommand = { kind: 'help' } | { kind: 'version' } | { kind: 'serve'; options: MockOptions };

const PARSE_OPTIONS = Object.fromEntries(
  FLAGS.map((flag) => [
    flag.name,
    {
      type: flag.arg ? ('string' as const) : ('boolean' as const),
      ...(flag.multiple && { multiple: true }),
      ...(flag.short && { short: flag.short }),
      ...(flag.default !== undefined && { default: flag.default }),
    },
  ]),
);

const BARE_VALUES = new Map(FLAGS.filter((flag) => flag.bare !== undefined).map((flag) => [`--${flag.name}`, flag.bare!]));

/**
 * parseArgs has no optional values: a string flag takes the next argument, whatever it is.
 * So a flag with a bare value that stands last, or before another flag (not a negative
 * number), is given that value explicitly: `--rate-limit --strict` is `--rate-limit=1 --strict`.
 */
function withBareValues(argv: readonly string[]): string[] {
  return argv.map((arg, index) => {
    const bare = BARE_VALUES.get(arg);
    const next = argv[index + 1];
    const alone = next === undefined || (next.startsWith('-') && Number.isNaN(Number(next)));
    return bare !== undefined && alone ? `${arg}=${bare}` : arg;
  });
}

function fromEnvironment(env: NodeJS.ProcessEnv): MockOptions {
  const keys = (env.XAI_MOCK_API_KEYS ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  return {
    ...(env.PORT && { port: number('port', env.PORT) }),
    ...(env.HOST && { host: env.HOST }),
    ...(env.XAI_MOCK_SECRET && { secret: env.XAI_MOCK_SECRET }),
    ...(env.XAI_MOCK_REDIS_URL && { redisUrl: env.XAI_MOCK_REDIS_URL }),
    ...(env.XAI_MOCK_REDIS_PREFIX && { redisPrefix: env.XAI_MOCK_REDIS_PREFIX }),
    ...(env.XAI_MOCK_REDIS_COMMAND_TIMEOUT && {
      redisCommandTimeoutMs: number('redis-command-timeout', env.XAI_MOCK_REDIS_COMMAND_TIMEOUT),
    }),
    ...(env.XAI_MOCK_REDIS_CONNECT_TIMEOUT && {
      redisConnectTimeoutMs: number('redis-connect-timeout', env.XAI_MOCK_REDIS_CONNECT_TIMEOUT),
    }),
    ...(keys.length > 0 && { apiKeys: keys }),
  };
}

function applyFlag(flag: Flag, options: MockOptions, value: FlagValue, controls: MockControls): void {
  try {
    flag.apply?.(options, value, controls);
  } catch (error) {
    if (error instanceof MockControlError) throw new Error(`--${flag.name}: ${error.message}`);
    throw error;
  }
}

/** The server-wide defaults the control flags set. */
function controlOptions(controls: MockControls): MockOptions {
  return {
    ...(controls.timing !== undefined && { timing: controls.timing }),
    ...(controls.polls !== undefined && { polls: controls.polls }),
    ...(controls.outcome !== undefined && { outcome: controls.outcome }),
    ...(controls.errorCode !== undefined && { errorCode: controls.errorCode }),
    ...(Object.keys(controls.dialect).length > 0 && { dialect: controls.dialect }),
  };
}

function optionsOf(values: Record<string, FlagValue | undefined>, env: NodeJS.ProcessEnv): MockOptions {
  const { apiKeys: envKeys = [], ...fromEnv } = fromEnvironment(env);
  const options: MockOptions = { ...fromEnv };
  const controls: MockControls = { dialect: {} };
  for (const flag of FLAGS) {
    const value = values[flag.name];
    if (value !== undefined) applyFlag(flag, options, value, controls);
  }
  const keys = [...(options.apiKeys ?? []), ...envKeys];
  if (keys.length > 0) options.apiKeys = keys;
  // --instant wins over --timing, as it always has.
  return { ...controlOptions(controls), ...options };
}

/** A MockOptionsError names an option; the user typed a flag. */
function asFlagError(error: MockOptionsError): Error {
  const flag = FLAGS.find(
    (f) =>
      f.option !== undefined &&
      (error.option === f.option || error.option.startsWith(`${f.option}.`) || error.option.startsWith(`${f.option}[`)),
  );
  return new Error(flag ? `--${flag.name}: ${error.message.slice(error.option.length + 2)}` : error.message);
}

export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CliCommand {
  const args = withBareValues(argv);
  const unknown = unknownFlag(args, PARSE_OPTIONS);
  if (unknown) throw new Error(unknown);
  const { values, positionals } = parseArgs({ args, options: PARSE_OPTIONS, allowPositionals: true, strict: true });
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"`);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const options = optionsOf(values as Record<string, FlagValue | undefined>, env);
  try {
    normaliseMockOptions(options); // checked here, so a bad value is a usage error (exit 2)
  } catch (error) {
    throw error instanceof MockOptionsError ? asFlagError(error) : error;
  }
  return { kind: 'serve', options };
}
