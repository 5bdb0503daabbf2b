// The shared store's two timeouts are options like any other: defaults that are the Redis
// host's constants, integer ms in a range checked at start-up with an error naming the
// option, and, like the prefix, refused without a redisUrl (alone they would do nothing).
import { describe, expect, it } from 'vitest';
import { COMMAND_TIMEOUT_MS, CONNECT_TIMEOUT_MS } from '../../src/hosts/redis/index.js';
import { type MockOptions, MockOptionsError, normaliseMockOptions, REDIS_TIMEOUTS } from '../../src/server/index.js';

const URL = { redisUrl: 'redis://127.0.0.1:6379' };

function refusal(options: MockOptions): MockOptionsError {
  try {
    normaliseMockOptions(options);
  } catch (error) {
    if (error instanceof MockOptionsError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(options)}`);
}

describe('redisCommandTimeoutMs and redisConnectTimeoutMs', () => {
  it('default to 250 ms and 1 s, the constants the Redis host exports', () => {
    expect([COMMAND_TIMEOUT_MS, CONNECT_TIMEOUT_MS]).toEqual([250, 1000]);
    for (const options of [{}, URL]) {
      expect(normaliseMockOptions(options)).toMatchObject({ redisCommandTimeoutMs: 250, redisConnectTimeoutMs: 1000 });
    }
    expect(REDIS_TIMEOUTS).toEqual({ redisCommandTimeoutMs: [250, 1, 60_000], redisConnectTimeoutMs: [1000, 1, 600_000] });
  });

  it.each([
    [1, 1],
    [60_000, 600_000],
    [2_000, 15_000],
  ])('take %i ms and %i ms, the ends of their ranges included', (command, connect) => {
    const options = { ...URL, redisCommandTimeoutMs: command, redisConnectTimeoutMs: connect };
    expect(normaliseMockOptions(options)).toMatchObject({ redisCommandTimeoutMs: command, redisConnectTimeoutMs: connect });
  });

  it.each<[MockOptions, string, string]>([
    [{ redisCommandTimeoutMs: 0 }, 'redisCommandTimeoutMs', 'expected an integer from 1 to 60000, got 0'],
    [{ redisCommandTimeoutMs: 60_001 }, 'redisCommandTimeoutMs', 'from 1 to 60000, got 60001'],
    [{ redisCommandTimeoutMs: 2.5 }, 'redisCommandTimeoutMs', 'an integer'],
    [{ redisCommandTimeoutMs: '250' as never }, 'redisCommandTimeoutMs', 'got "250"'],
    [{ redisCommandTimeoutMs: Number.NaN }, 'redisCommandTimeoutMs', 'got null'],
    [{ redisConnectTimeoutMs: 0 }, 'redisConnectTimeoutMs', 'expected an integer from 1 to 600000, got 0'],
    [{ redisConnectTimeoutMs: 600_001 }, 'redisConnectTimeoutMs', 'got 600001'],
    [{ redisConnectTimeoutMs: -1000 }, 'redisConnectTimeoutMs', 'got -1000'],
    [{ redisConnectTimeoutMs: true as never }, 'redisConnectTimeoutMs', 'got true'],
  ])('%j is refused with a redisUrl, naming %s', (options, option, message) => {
    const error = refusal({ ...URL, ...options });
    expect(error.option).toBe(option);
    expect(error.message).toMatch(new RegExp(`^${option}: `));
    expect(error.message).toContain(message);
  });

  it.each(['redisCommandTimeoutMs', 'redisConnectTimeoutMs'] as const)('%s without a redisUrl is refused, not ignored', (option) => {
    const error = refusal({ [option]: 500 });
    expect(error.option).toBe(option);
    expect(error.message).toMatch(new RegExp(`^${option}: only means something with redisUrl \\(--redis-url\\): without a shared store`));
  });

  it('are frozen with the rest', () => {
    const options = normaliseMockOptions({ ...URL, redisCommandTimeoutMs: 500 });
    expect(() => {
      (options as { redisCommandTimeoutMs: number }).redisCommandTimeoutMs = 1;
    }).toThrow(TypeError);
  });
});
