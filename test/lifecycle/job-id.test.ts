// The request_id carries the whole job: it must round-trip exactly, reject forgeries and
// stay unique for jobs created in the same instant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASPECT_RATIOS,
  decodeJobId,
  encodeJobId,
  JOB_ERROR_CODES,
  MODELS,
  OPERATIONS,
  OUTCOMES,
  POLL_ERROR_STATUSES,
  RESOLUTIONS,
  type JobTicket,
} from '../../src/lifecycle/index.js';

const ticketArbitrary: fc.Arbitrary<JobTicket> = fc.record({
  operation: fc.constantFrom(...OPERATIONS),
  model: fc.constantFrom(...MODELS),
  resolution: fc.constantFrom(...RESOLUTIONS),
  aspectRatio: fc.constantFrom(...ASPECT_RATIOS),
  durationSeconds: fc.integer({ min: 0, max: 31 }),
  billedSeconds: fc.integer({ min: 0, max: 31 }),
  inputImages: fc.integer({ min: 0, max: 15 }),
  outcome: fc.record({
    kind: fc.constantFrom(...OUTCOMES),
    errorCode: fc.constantFrom(...JOB_ERROR_CODES),
    pollErrorStatus: fc.constantFrom(...POLL_ERROR_STATUSES),
  }),
  dialect: fc.record({ legacyPending200: fc.boolean(), finishedWithoutStatus: fc.boolean(), emptyPendingBody: fc.boolean() }),
  // 10 ms resolution from 2024 on.
  createdAtMs: fc.integer({ min: 0, max: 10 * 365 * 86_400 * 100 }).map((t) => 1_704_067_200_000 + t * 10),
  runMs: fc.integer({ min: 0, max: 65_535 }).map((t) => t * 100),
  pollsToFinish: fc.integer({ min: 0, max: 63 }),
});

const GENERATION: JobTicket = {
  operation: 'generation',
  model: 'grok-imagine-video',
  durationSeconds: 8,
  billedSeconds: 8,
  resolution: '480p',
  aspectRatio: '16:9',
  inputImages: 0,
  outcome: { kind: 'done', errorCode: 'internal_error', pollErrorStatus: 0 },
  dialect: { legacyPending200: false, finishedWithoutStatus: false, emptyPendingBody: false },
  createdAtMs: 1_790_000_000_000,
  runMs: 8000,
  pollsToFinish: 0,
};
const FAILING_EXTENSION: JobTicket = {
  operation: 'extension',
  model: 'grok-imagine-video-1.5',
  durationSeconds: 10,
  billedSeconds: 4,
  resolution: '720p',
  aspectRatio: '9:16',
  inputImages: 2,
  outcome: { kind: 'failed', errorCode: 'permission_denied', pollErrorStatus: 503 },
  dialect: { legacyPending200: true, finishedWithoutStatus: false, emptyPendingBody: true },
  createdAtMs: 1_800_000_123_450,
  runMs: 0,
  pollsToFinish: 3,
};

describe('job ids', () => {
  it('round-trip every field exactly', () => {
    fc.assert(
      fc.property(ticketArbitrary, fc.integer({ min: 0, max: 1023 }), (ticket, nonce) => {
        const id = encodeJobId(ticket, 'secret', nonce);
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        expect(decodeJobId(id, 'secret')).toEqual(ticket);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('reject ids signed with another secret, altered ids and malformed ids', () => {
    fc.assert(
      fc.property(ticketArbitrary, fc.integer({ min: 0, max: 31 }), (ticket, position) => {
        const id = encodeJobId(ticket, 'secret', 1);
        expect(decodeJobId(id, 'other')).toBeUndefined();
        const hex = id.replaceAll('-', '');
        const flipped = hex.slice(0, position) + (parseInt(hex[position]!, 16) ^ 1).toString(16) + hex.slice(position + 1);
        const altered = `${flipped.slice(0, 8)}-${flipped.slice(8, 12)}-${flipped.slice(12, 16)}-${flipped.slice(16, 20)}-${flipped.slice(20)}`;
        expect(decodeJobId(altered, 'secret')).toBeUndefined();
      }),
      { seed: 7, numRuns: 300 },
    );
    expect(decodeJobId('d97415a1-5796-b7ec-379f-4e6819e08fdf', 'xai-video-mock')).toBeUndefined();
    expect(decodeJobId('D97415A1-5796-B7EC-379F-4E6819E08FDF', 'xai-video-mock')).toBeUndefined();
    expect(decodeJobId('', 'xai-video-mock')).toBeUndefined();
  });

  it('differ for identical jobs created in the same instant (the nonce)', () => {
    fc.assert(
      fc.property(ticketArbitrary, (ticket) => {
        const ids = new Set(Array.from({ length: 1024 }, (_, nonce) => encodeJobId(ticket, 's', nonce)));
        expect(ids.size).toBe(1024);
      }),
      { seed: 3, numRuns: 20 },
    );
  });

  // Minted by the mock before job ids moved from node:crypto to @noble/hashes: a mock
  // upgraded mid-test (or one of two processes behind a load balancer) must still know them.
  const MINTED_BY_NODE_CRYPTO: [secret: string, nonce: number, id: string, ticket: JobTicket][] = [
    ['xai-video-mock', 17, '63e26791-cbf3-314f-2ff7-f9f1415a6ce6', GENERATION],
    ['shared', 17, '21ca637a-03a2-9964-8dff-134e01d94561', GENERATION],
    ['xai-video-mock', 18, 'fc40701f-666f-59cf-5df4-69c5b694a542', FAILING_EXTENSION],
    ['shared', 18, 'db4e13c3-60d2-b07a-74ce-f9eb31aceb35', FAILING_EXTENSION],
  ];

  it.each(MINTED_BY_NODE_CRYPTO)(
    'an id minted with node:crypto (secret %s) decodes, and is minted again identically',
    (secret, nonce, id, ticket) => {
      expect(decodeJobId(id, secret)).toEqual(ticket);
      expect(encodeJobId(ticket, secret, nonce)).toBe(id);
    },
  );
});
