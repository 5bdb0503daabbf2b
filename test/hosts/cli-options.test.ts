// The CLI's flags, parsed in-process: each becomes the option it names, bad values are
// refused under the flag's name (the CLI then exits with 2), and --help and the README list
// every flag.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAGS, parseCli, USAGE } from '../../src/hosts/flags/parse-cli.js';
import { MOCK_CONTROLS } from '../../src/server/index.js';

const serve = (argv: string[], env: NodeJS.ProcessEnv = {}) => {
  const command = parseCli(argv, env);
  if (command.kind !== 'serve') throw new Error(`expected serve, got ${command.kind}`);
  return command.options;
};

describe('parseCli', () => {
  it('turns flags into options, the server-wide controls included', () => {
    expect(
      serve([
        '--polls',
        '3',
        '--outcome',
        'failed',
        '--error-code',
        'permission_denied',
        '--dialect',
        'no-status',
        '--dialect',
        'empty-202',
      ]),
    ).toMatchObject({
      polls: 3,
      outcome: 'failed',
      errorCode: 'permission_denied',
      dialect: { finishedWithoutStatus: true, emptyPendingBody: true },
    });
    expect(serve(['--fault-latency', '50-400', '--fault-statuses', '503,529', '--rate-limit', '2', '--rate-limit-polls'])).toMatchObject({
      faults: { latencyMs: [50, 400], errorStatuses: [503, 529] },
      rateLimit: { perSecond: 2, includePolls: true },
    });
    expect(serve(['--instant', '--timing', 'slow']).timing).toBe('instant');
  });

  it('takes PORT, HOST, XAI_MOCK_SECRET and XAI_MOCK_API_KEYS from the environment, flags first', () => {
    const options = serve(['--port', '5000', '--api-key', 'k1'], {
      PORT: '4000',
      HOST: '0.0.0.0',
      XAI_MOCK_SECRET: 's',
      XAI_MOCK_API_KEYS: 'k2, k3',
    });
    expect(options).toMatchObject({ port: 5000, host: '0.0.0.0', secret: 's', apiKeys: ['k1', 'k2', 'k3'] });
  });

  it.each([
    [['--polls', '500'], '--polls: polls must be an integer from 1 to 63'],
    [['--fault-statuses', '418'], '--fault-statuses: expected statuses from'],
    [['--ttl=-5'], '--ttl: expected a number from 0'],
    [['--timing', 'warp'], '--timing: timing must be one of'],
    [['--outcome', 'done', '--error-code', 'internal_error'], '--error-code: goes with outcome "failed"'],
    [['--port', 'http'], '--port: expected a number'],
    [['--fault-error-rate', '2'], '--fault-error-rate: expected a number from 0 to 1'],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseCli(argv, {})).toThrow(message);
  });

  it.each([
    [['--rate-limit'], 1],
    [['--rate-limit', '--rate-limit-polls'], 1],
    [['--rate-limit', '--instant'], 1],
    [['--rate-limit', '3'], 3],
    [['--rate-limit=2', '--strict'], 2],
    [['--rate-limit='], 1],
  ])('%j sets a rate limit of %i create/s (the value is optional, as --help says)', (argv, perSecond) => {
    expect(serve(argv).rateLimit).toMatchObject({ perSecond });
  });

  it('--help shows the optional value as [n]', () => {
    expect(USAGE).toMatch(/--rate-limit \[n\] +Live-style rate limit/);
    expect(USAGE).toMatch(/--port <n> /);
  });

  it.each([
    [['--instnat'], 'unknown option --instnat (did you mean --instant?)'],
    [['--port', '0', '--rate-limits'], 'unknown option --rate-limits (did you mean --rate-limit?)'],
    [['--tiemout=5'], 'unknown option --tiemout'],
    [['--time-scael', '2'], 'unknown option --time-scael (did you mean --time-scale?)'],
  ])('%j is refused with "did you mean": %s', (argv, message) => {
    expect(() => parseCli(argv, {})).toThrow(message);
  });

  it('suggests nothing for a flag far from every known one', () => {
    expect(() => parseCli(['--frobnicate'], {})).toThrow(/^unknown option --frobnicate$/);
  });

  it('--help lists every flag, with the values of the server-wide controls', () => {
    for (const flag of FLAGS) expect(USAGE).toContain(`--${flag.name}`);
    for (const control of MOCK_CONTROLS.filter((c) => c.serverDefault)) expect(USAGE).toContain(`Every job's default ${control.key}`);
  });

  it('--help starts the text of every flag in one column, past the longest flag', () => {
    const lines = USAGE.split('\n').filter((line) => /^ {2}-/.test(line));
    expect(lines).toHaveLength(FLAGS.length);
    const columns = new Set(lines.map((line) => /^ {2}\S.*? {2,}(?=\S)/.exec(line)?.[0].length));
    expect(columns.size, lines.join('\n')).toBe(1);
    expect(USAGE).toMatch(/^ {2}--redis-command-timeout <ms> {2}Time Redis has/m);
  });

  it('the README names every flag that serves (all but --help and --version)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const flag of FLAGS.filter((f) => f.group !== 'Other')) expect(readme, flag.name).toMatch(new RegExp(`--${flag.name}(?![\\w-])`));
  });
});
