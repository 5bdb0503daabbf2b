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
  generateAudio: fc.boolean(),
  outcome: fc.record({
    kind: fc.constantFrom(...OUTCOMES),
    errorCode: fc.constantFrom(...JOB_ERROR_CODES),
    pollErrorStatus: fc.constantFrom(...POLL_ERROR_STATUSES),
  }),
  dialect: fc.record({ legacyPending200: fc.boolean(), finishedWithoutStatus: fc.boolean(), emptyPendingBody: fc.boolean() }),
  // 10 ms resolution from 2024 to autumn 2045 (36 bits).
  createdAtMs: fc.integer({ min: 0, max: 2 ** 36 - 1 }).map((t) => 1_704_067_200_000 + t * 10),
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
  generateAudio: true,
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
  generateAudio: false,
  outcome: { kind: 'failed', errorCode: 'permission_denied', pollErrorStatus: 503 },
  dialect: { legacyPending200: true, finishedWithoutStatus: false, emptyPendingBody: true },
  createdAtMs: 1_800_000_123_450,
  runMs: 0,
  pollsToFinish: 3,
};
const LITE_WIDE: JobTicket = {
  operation: 'generation',
  model: 'grok-imagine-video-1.5-lite',
  durationSeconds: 15,
  billedSeconds: 15,
  resolution: '1080p',
  aspectRatio: '21:9',
  inputImages: 1,
  generateAudio: true,
  outcome: { kind: 'done', errorCode: 'internal_error', pollErrorStatus: 0 },
  dialect: { legacyPending200: false, finishedWithoutStatus: false, emptyPendingBody: false },
  createdAtMs: 2_300_000_000_000,
  runMs: 12_300,
  pollsToFinish: 0,
};

describe('job ids', () => {
  // Ids outlive the process that issued them (a restart with the same secret, replicas of
  // different versions): the same ticket must pack into the same id, bit for bit.
  it('are the ids earlier versions issued, and decode back to their tickets', () => {
    const issued = ['0b8b2a6b-5be9-20f9-69cf-08468b663d07', 'be954a95-ea64-b8ad-029e-439e1b3e8936', 'c6507a34-2a01-a383-2bd8-ee60e4b982f6'];
    const tickets = [GENERATION, FAILING_EXTENSION, LITE_WIDE];
    expect(tickets.map((ticket, i) => encodeJobId(ticket, 'golden-secret', [0, 77, 511][i]!))).toEqual(issued);
    expect(issued.map((id) => decodeJobId(id, 'golden-secret'))).toEqual(tickets);
  });

  it('round-trip every field exactly', () => {
    fc.assert(
      fc.property(ticketArbitrary, fc.integer({ min: 0, max: 511 }), (ticket, nonce) => {
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
        const ids = new Set(Array.from({ length: 512 }, (_, nonce) => encodeJobId(ticket, 's', nonce)));
        expect(ids.size).toBe(512);
      }),
      { seed: 3, numRuns: 20 },
    );
  });

  it('cover creation times up to autumn 2045 and every model, ratio and the audio flag', () => {
    const base = decodeJobId(encodeJobId(sampleTicket(), 's', 0), 's');
    expect(base).toEqual(sampleTicket());
    const late = { ...sampleTicket(), createdAtMs: Date.UTC(2045, 9, 1, 0, 0, 0, 0) };
    expect(decodeJobId(encodeJobId(late, 's', 0), 's')?.createdAtMs).toBe(late.createdAtMs);
    for (const model of MODELS)
      for (const aspectRatio of ASPECT_RATIOS) {
        const ticket = { ...sampleTicket(), model, aspectRatio, generateAudio: false };
        expect(decodeJobId(encodeJobId(ticket, 's', 5), 's')).toEqual(ticket);
      }
  });

  // Minted by the mock at layout v2 with node:crypto, before job ids moved to @noble/hashes:
  // a mock upgraded mid-test (or one of two processes behind a load balancer) must still
  // know them.
  const MINTED_BY_NODE_CRYPTO: [secret: string, nonce: number, id: string, ticket: JobTicket][] = [
    ['xai-video-mock', 17, 'ba84b76e-e805-fca0-ef15-6886e06b0ba9', GENERATION],
    ['shared', 17, '7c2b4e2f-bccf-394f-7a09-4579dbe5c12f', GENERATION],
    ['xai-video-mock', 18, 'e500701f-d47f-afac-559a-867939c34703', FAILING_EXTENSION],
    ['shared', 18, '9fb7acfb-7779-5ab3-b888-28db39ddbe05', FAILING_EXTENSION],
    ['xai-video-mock', 511, '88948361-f49d-51fb-70c1-7661694836e2', LITE_WIDE],
    ['shared', 511, '00ee7409-44c1-f2df-d880-5485fd406459', LITE_WIDE],
  ];

  it.each(MINTED_BY_NODE_CRYPTO)(
    'an id minted with node:crypto (secret %s, nonce %i) decodes, and is minted again identically',
    (secret, nonce, id, ticket) => {
      expect(decodeJobId(id, secret)).toEqual(ticket);
      expect(encodeJobId(ticket, secret, nonce)).toBe(id);
    },
  );
});

function sampleTicket(): JobTicket {
  return {
    operation: 'generation',
    model: 'grok-imagine-video-1.5-lite',
    resolution: '1080p',
    aspectRatio: '5:2',
    durationSeconds: 15,
    billedSeconds: 15,
    inputImages: 13,
    generateAudio: true,
    outcome: { kind: 'done', errorCode: 'internal_error', pollErrorStatus: 0 },
    dialect: { legacyPending200: false, finishedWithoutStatus: false, emptyPendingBody: false },
    createdAtMs: 1_790_000_000_000,
    runMs: 12_300,
    pollsToFinish: 0,
  };
}
