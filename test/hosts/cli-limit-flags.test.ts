// The limit flags: each sets its option, a bad value is a usage error naming the flag,
// and --help lists them with their defaults.
import { describe, expect, it } from 'vitest';
import { parseCli, USAGE } from '../../src/hosts/flags/parse-cli.js';

const serve = (argv: string[]) => {
  const command = parseCli(argv, {});
  if (command.kind !== 'serve') throw new Error(`expected serve, got ${command.kind}`);
  return command.options;
};

describe('limit flags', () => {
  it('set the options', () => {
    const argv = ['--headers-timeout', '1000', '--request-timeout', '2000', '--keep-alive-timeout', '300'];
    argv.push('--max-connections', '50', '--max-header-bytes', '8192', '--shutdown-grace', '0');
    expect(serve(argv)).toMatchObject({
      headersTimeoutMs: 1000,
      requestTimeoutMs: 2000,
      keepAliveTimeoutMs: 300,
      maxConnections: 50,
      maxHeaderBytes: 8192,
      shutdownGraceMs: 0,
    });
  });

  it.each([
    [['--headers-timeout', 'soon'], '--headers-timeout: expected a number, got "soon"'],
    [['--max-connections', '0'], '--max-connections: expected an integer from 1 to 1000000, got 0'],
    [['--max-header-bytes', '10'], '--max-header-bytes: expected an integer from 1024'],
    [['--headers-timeout', '5000', '--request-timeout', '1000'], '--headers-timeout: must not exceed requestTimeoutMs (1000)'],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseCli(argv, {})).toThrow(message);
  });

  it('are listed in --help with their defaults', () => {
    for (const [flag, fallback] of [
      ['--headers-timeout <ms>', '30000'],
      ['--request-timeout <ms>', '60000'],
      ['--keep-alive-timeout <ms>', '5000'],
      ['--max-connections <n>', '1024'],
      ['--max-header-bytes <n>', '16384'],
      ['--shutdown-grace <ms>', '10000'],
    ]) {
      expect(USAGE).toMatch(new RegExp(`${flag}\\s+.*\\(default ${fallback}\\)`));
    }
  });
});
