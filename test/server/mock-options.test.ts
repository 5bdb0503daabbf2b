// Options are checked once, at start-up: an unknown option or a value out of range is a
// clear error naming it, never silently replaced; the result is frozen.
import { describe, expect, it } from 'vitest';
import { type MockOptions, MockOptionsError, normaliseMockOptions } from '../../src/server/index.js';

describe('normaliseMockOptions', () => {
  it('fills the defaults', () => {
    const options = normaliseMockOptions();
    expect(options).toMatchObject({
      port: 4010,
      host: '127.0.0.1',
      grpcPort: false,
      timing: 'realistic',
      polls: 0,
      outcome: 'done',
      timeScale: 1,
      ttlSeconds: 86_400,
    });
    expect(options.faults).toEqual({ seed: 1, latencyMs: [0, 0], errorRate: 0, errorStatuses: [500, 503, 529, 429], resetRate: 0 });
    expect(options.rateLimit).toBe(false);
  });

  it.each<[MockOptions, string]>([
    [{ faults: { errorStatuses: [418] } }, 'faults.errorStatuses'],
    [{ polls: 500 }, 'polls'],
    [{ polls: -1 }, 'polls'],
    [{ ttlSeconds: -5 }, 'ttlSeconds'],
    [{ timeScale: 0 }, 'timeScale'],
    [{ timing: 'warp' as never }, 'timing'],
    [{ outcome: 'processing' as never }, 'outcome'],
    [{ outcome: 'done', errorCode: 'internal_error' }, 'errorCode'],
    [{ port: 70_000 }, 'port'],
    [{ grpcPort: 70_000 }, 'grpcPort'],
    [{ grpcPort: '4011' as never }, 'grpcPort'],
    [{ port: 4020, grpcPort: 4020 }, 'grpcPort'],
    [{ faults: { errorRate: 1.5 } }, 'faults.errorRate'],
    [{ faults: { latencyMs: [50, 10] } }, 'faults.latencyMs[1]'],
    [{ faults: { seeed: 1 } as never }, 'faults.seeed'],
    [{ rateLimit: { perSecond: 0 } }, 'rateLimit.perSecond'],
    [{ dialect: { ancient: true } as never }, 'dialect.ancient'],
    [{ apiKeys: ['two words'] }, 'apiKeys[0]'],
    [{ publicUrl: 'ftp://x' }, 'publicUrl'],
    [{ maxBodyBytes: 0 }, 'maxBodyBytes'],
    [{ pols: 3 } as never, 'pols'],
  ])('%j is refused, naming %s', (options, option) => {
    let caught: unknown;
    try {
      normaliseMockOptions(options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MockOptionsError);
    expect((caught as MockOptionsError).option).toBe(option);
    expect((caught as Error).message).toMatch(new RegExp(`^${option.replace(/[.[\]]/g, '\\$&')}: `));
  });

  it('takes a gRPC port, 0 for any free one, or false for none; 0 for both ports is fine', () => {
    expect(normaliseMockOptions({ grpcPort: 4011 }).grpcPort).toBe(4011);
    expect(normaliseMockOptions({ port: 0, grpcPort: 0 })).toMatchObject({ port: 0, grpcPort: 0 });
    expect(normaliseMockOptions({ grpcPort: false }).grpcPort).toBe(false);
  });

  it('takes an error code alone as the failed outcome', () => {
    expect(normaliseMockOptions({ errorCode: 'permission_denied' })).toMatchObject({ outcome: 'failed', errorCode: 'permission_denied' });
  });

  it('is frozen, all the way down', () => {
    const options = normaliseMockOptions({ faults: { errorStatuses: [503] }, dialect: { legacyPending200: true }, apiKeys: ['k'] });
    expect(Object.isFrozen(options)).toBe(true);
    expect(Object.isFrozen(options.faults.errorStatuses)).toBe(true);
    expect(Object.isFrozen(options.dialect)).toBe(true);
    expect(() => {
      (options as { polls: number }).polls = 3;
    }).toThrow(TypeError);
  });

  it('ignores options given as undefined (so spreading partial objects works)', () => {
    expect(normaliseMockOptions({ timing: undefined, polls: undefined }).timing).toBe('realistic');
  });
});
