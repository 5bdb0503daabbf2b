// --redis-url and --redis-prefix (and their options and environment variables): a URL that
// cannot be a Redis address is a start-up error that never repeats the URL (it may carry a
// password); a prefix without a URL is refused rather than ignored; --help lists both.
// --redis-command-timeout and --redis-connect-timeout set their options (checked in
// test/server/shared-store-options.test.ts), from the environment too.
import { describe, expect, it } from 'vitest';
import { parseCli, USAGE } from '../../../src/hosts/flags/parse-cli.js';
import { DEFAULT_REDIS_PREFIX, MockOptionsError, normaliseMockOptions, REDIS_TIMEOUTS } from '../../../src/server/index.js';
import { runCli } from '../spawn-mock.js';

const serve = (argv: string[], env: NodeJS.ProcessEnv = {}) => {
  const command = parseCli(argv, env);
  if (command.kind !== 'serve') throw new Error(`expected serve, got ${command.kind}`);
  return normaliseMockOptions(command.options);
};

describe('redisUrl and redisPrefix', () => {
  it('default to no shared store', () => {
    expect(normaliseMockOptions({})).toMatchObject({ redisUrl: undefined, redisPrefix: DEFAULT_REDIS_PREFIX });
  });

  it.each(['redis://127.0.0.1:6379', 'redis://:pw@redis.internal:6380/2', 'rediss://user:pw@cache.example:6380', 'redis://[::1]:6379/0'])(
    'take %s',
    (url) => {
      expect(normaliseMockOptions({ redisUrl: url }).redisUrl).toBe(url);
    },
  );

  it.each([
    ['redis//:pw-secret@localhost', 'not a URL'],
    ['localhost:6379', 'got a "localhost:" URL'],
    ['redis://:pw-secret@localhost:99999', 'not a URL'],
    ['http://:pw-secret@localhost:6379', 'got a "http:" URL'],
    ['redis:///0', 'no host'],
    ['redis://:pw-secret@localhost:6379/cache', 'must be a number'],
    ['redis://:pw-secret@localhost:6379/0?db=1', 'query strings'],
    ['  ', 'expected a non-empty string'],
  ])('refuse %j (%s), without repeating it', (url, problem) => {
    const error = (() => {
      try {
        normaliseMockOptions({ redisUrl: url });
      } catch (caught) {
        return caught as MockOptionsError;
      }
      throw new Error('accepted');
    })();
    expect(error).toBeInstanceOf(MockOptionsError);
    expect(error.option).toBe('redisUrl');
    expect(error.message).toContain(problem);
    expect(error.message).not.toContain('pw-secret');
  });

  it('take a prefix with a URL; refuse one without, or with spaces or glob characters', () => {
    expect(normaliseMockOptions({ redisUrl: 'redis://h', redisPrefix: 'team:staging:' }).redisPrefix).toBe('team:staging:');
    expect(() => normaliseMockOptions({ redisPrefix: 'team:' })).toThrow('redisPrefix: only means something with redisUrl');
    for (const prefix of ['a b', 'mock*', 'x'.repeat(101), '']) {
      expect(() => normaliseMockOptions({ redisUrl: 'redis://h', redisPrefix: prefix })).toThrow(/^redisPrefix: expected/);
    }
  });
});

describe('--redis-url and --redis-prefix', () => {
  it('set the options; the environment gives them when the flags do not', () => {
    expect(serve(['--redis-url', 'redis://h:1', '--redis-prefix', 'p:'])).toMatchObject({ redisUrl: 'redis://h:1', redisPrefix: 'p:' });
    const env = { XAI_MOCK_REDIS_URL: 'redis://env:2', XAI_MOCK_REDIS_PREFIX: 'env:' };
    expect(serve([], env)).toMatchObject({ redisUrl: 'redis://env:2', redisPrefix: 'env:' });
    expect(serve(['--redis-url', 'redis://flag:3'], env)).toMatchObject({ redisUrl: 'redis://flag:3', redisPrefix: 'env:' });
  });

  it('report a bad value under the flag name', () => {
    expect(() => parseCli(['--redis-url', 'redis//oops'], {})).toThrow(
      /^--redis-url: expected redis:\/\/.*; the value given is not a URL$/,
    );
    expect(() => parseCli(['--redis-prefix', 'p:'], {})).toThrow(/^--redis-prefix: only means something with redisUrl/);
  });

  it('are in --help, with the default prefix and the environment variables', () => {
    expect(USAGE).toMatch(/--redis-url <url>\s+Share poll counts, the clock offset, rate limits and recent jobs/);
    expect(USAGE).toContain('XAI_MOCK_REDIS_URL');
    expect(USAGE).toMatch(new RegExp(`--redis-prefix <prefix>.*default ${DEFAULT_REDIS_PREFIX}`));
  });

  it('a malformed URL stops the CLI at start-up: exit 2, the flag named, the password not printed', async () => {
    const { code, stderr } = await runCli(['--port', '0', '--redis-url', 'http://:pw-secret@localhost:6379']);
    expect(code).toBe(2);
    expect(stderr).toContain('--redis-url: expected redis://');
    expect(stderr).not.toContain('pw-secret');
  });
});

describe('--redis-command-timeout and --redis-connect-timeout', () => {
  const url = ['--redis-url', 'redis://h:1'];

  it('set the options; the environment gives them when the flags do not', () => {
    expect(serve([...url, '--redis-command-timeout', '1500', '--redis-connect-timeout', '20000'])).toMatchObject({
      redisCommandTimeoutMs: 1500,
      redisConnectTimeoutMs: 20_000,
    });
    const env = { XAI_MOCK_REDIS_URL: 'redis://env:2', XAI_MOCK_REDIS_COMMAND_TIMEOUT: '700', XAI_MOCK_REDIS_CONNECT_TIMEOUT: '9000' };
    expect(serve([], env)).toMatchObject({ redisCommandTimeoutMs: 700, redisConnectTimeoutMs: 9000 });
    expect(serve(['--redis-command-timeout', '800'], env)).toMatchObject({ redisCommandTimeoutMs: 800, redisConnectTimeoutMs: 9000 });
    expect(serve(url)).toMatchObject({ redisCommandTimeoutMs: 250, redisConnectTimeoutMs: 1000 });
  });

  it.each([
    [['--redis-command-timeout', 'soon'], /^--redis-command-timeout: expected a number, got "soon"$/],
    [['--redis-command-timeout', '0'], /^--redis-command-timeout: expected an integer from 1 to 60000, got 0$/],
    [['--redis-connect-timeout', '600001'], /^--redis-connect-timeout: expected an integer from 1 to 600000, got 600001$/],
    [['--redis-connect-timeout', '1.5'], /^--redis-connect-timeout: expected an integer/],
  ])('%j is a usage error under the flag name', (argv, message) => {
    expect(() => parseCli([...url, ...argv], {})).toThrow(message);
  });

  it('without --redis-url are refused, saying they need it', () => {
    expect(() => parseCli(['--redis-command-timeout', '500'], {})).toThrow(
      /^--redis-command-timeout: only means something with redisUrl \(--redis-url\)/,
    );
    expect(() => parseCli([], { XAI_MOCK_REDIS_CONNECT_TIMEOUT: '500' })).toThrow(
      /^--redis-connect-timeout: only means something with redisUrl/,
    );
  });

  it('are in --help, with their defaults and environment variables', () => {
    const [command, connect] = [REDIS_TIMEOUTS.redisCommandTimeoutMs[0], REDIS_TIMEOUTS.redisConnectTimeoutMs[0]];
    expect(USAGE).toMatch(new RegExp(`--redis-command-timeout <ms> .*env XAI_MOCK_REDIS_COMMAND_TIMEOUT; default ${command}\\)`));
    expect(USAGE).toMatch(new RegExp(`--redis-connect-timeout <ms> .*env XAI_MOCK_REDIS_CONNECT_TIMEOUT; default ${connect}\\)`));
  });
});
