// The CLI's flags, once: the group tables (*-flags.ts) joined into the one table that
// drives parseArgs (parse-cli.ts) and `--help`. The order is the table's meaning: flags
// apply in it, and a checked option's error is reported under its first flag.
import { FAULT_FLAGS } from './fault-flags.js';
import { type Flag, GROUPS } from './flag.js';
import { JOB_FLAGS } from './job-flags.js';
import { LIMIT_FLAGS } from './limit-flags.js';
import { SERVER_FLAGS } from './server-flags.js';
import { STORE_FLAGS } from './store-flags.js';

export const FLAGS: readonly Flag[] = [
  ...SERVER_FLAGS,
  ...STORE_FLAGS,
  ...LIMIT_FLAGS,
  ...JOB_FLAGS,
  {
    name: 'api-key',
    arg: 'key',
    multiple: true,
    group: 'Auth',
    help: 'Accept only this key, repeatable (env XAI_MOCK_API_KEYS, comma-separated); default: any "Bearer <token>"',
    option: 'apiKeys',
    apply: (o, v) => (o.apiKeys = [...(o.apiKeys ?? []), ...(v as string[])]),
  },
  ...FAULT_FLAGS,
  { name: 'help', short: 'h', group: 'Other', help: 'This help' },
  { name: 'version', group: 'Other', help: 'The version' },
];

function nameOf(flag: Flag): string {
  const value = flag.arg === undefined ? '' : flag.bare === undefined ? ` <${flag.arg}>` : ` [${flag.arg}]`;
  return `${flag.short ? `-${flag.short}, ` : ''}--${flag.name}${value}`;
}

/** The help texts start in one column, two spaces past the longest flag. */
const HELP_COLUMN = Math.max(...FLAGS.map((flag) => nameOf(flag).length)) + 2;

const usageLine = (flag: Flag): string => `  ${nameOf(flag).padEnd(HELP_COLUMN)}${flag.help}`;

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
