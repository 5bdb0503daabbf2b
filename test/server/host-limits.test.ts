// The Node host's limits for slow and hostile clients are options like any other: defaults,
// ranges checked at start-up with an error naming the option, and the two timeouts kept
// in the order node:http needs (the head is part of the request).
import { describe, expect, it } from 'vitest';
import { type MockOptions, MockOptionsError, normaliseMockOptions } from '../../src/server/index.js';

describe('host limits', () => {
  it('default to limits a slow client cannot sit out', () => {
    expect(normaliseMockOptions()).toMatchObject({
      headersTimeoutMs: 30_000,
      requestTimeoutMs: 60_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 1_024,
      maxHeaderBytes: 16_384,
      shutdownGraceMs: 10_000,
    });
  });

  it('take values in range', () => {
    const limits = {
      headersTimeoutMs: 100,
      requestTimeoutMs: 200,
      keepAliveTimeoutMs: 1,
      maxConnections: 1,
      maxHeaderBytes: 1024,
      shutdownGraceMs: 0,
    };
    expect(normaliseMockOptions(limits)).toMatchObject(limits);
  });

  it("one timeout given: the other's default bends to it", () => {
    expect(normaliseMockOptions({ headersTimeoutMs: 90_000 })).toMatchObject({ headersTimeoutMs: 90_000, requestTimeoutMs: 90_000 });
    expect(normaliseMockOptions({ requestTimeoutMs: 500 })).toMatchObject({ headersTimeoutMs: 500, requestTimeoutMs: 500 });
  });

  it.each<[MockOptions, string, string]>([
    [{ headersTimeoutMs: 0 }, 'headersTimeoutMs', 'from 10 to 3600000, got 0'],
    [{ requestTimeoutMs: 1.5 }, 'requestTimeoutMs', 'an integer'],
    [{ keepAliveTimeoutMs: -1 }, 'keepAliveTimeoutMs', 'from 1 to'],
    [{ maxConnections: 0 }, 'maxConnections', 'from 1 to 1000000'],
    [{ maxHeaderBytes: 100 }, 'maxHeaderBytes', 'from 1024 to 1048576'],
    [{ shutdownGraceMs: '5' as never }, 'shutdownGraceMs', 'got "5"'],
    [{ maxConnections: Number.POSITIVE_INFINITY }, 'maxConnections', 'got null'],
    [{ headersTimeoutMs: 2000, requestTimeoutMs: 1000 }, 'headersTimeoutMs', 'must not exceed requestTimeoutMs (1000)'],
  ])('%j is refused, naming %s', (options, option, message) => {
    let caught: unknown;
    try {
      normaliseMockOptions(options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MockOptionsError);
    expect(caught).toMatchObject({ option });
    expect((caught as Error).message).toContain(message);
  });
});
