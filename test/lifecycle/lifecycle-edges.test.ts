// The lifecycle's smaller parts at their edges: the mock clock an admin advances, how long
// a job runs per operation and resolution, when a poll-count job expires, an `expired`
// outcome, which statuses a poll can be told to fail with, and a ticket field past its width.
import { describe, expect, it } from 'vitest';
import {
  createClock,
  decodeJobId,
  encodeJobId,
  isPollErrorStatus,
  jobPhase,
  NO_DIALECT,
  planJob,
  runMsFor,
  type JobTicket,
} from '../../src/lifecycle/index.js';

const NOW = 1_800_000_000_000;
const settings = { nowMs: NOW, timing: { mode: 'instant' as const, polls: 0 }, timeScale: 1, dialect: NO_DIALECT };

describe('the mock clock', () => {
  it('is the wall clock plus what the admin advanced, until reset', () => {
    let wall = 1_000;
    const clock = createClock(() => wall);
    expect([clock.now(), clock.offsetMs()]).toEqual([1_000, 0]);
    clock.advance(250);
    clock.advance(50);
    wall = 2_000;
    expect([clock.now(), clock.offsetMs()]).toEqual([2_300, 300]);
    clock.reset();
    expect([clock.now(), clock.offsetMs()]).toEqual([2_000, 0]);
  });
});

describe('run time', () => {
  const realistic = { mode: 'realistic' as const, polls: 0 };
  it('is 4 s + 0.5 s per second, x1.5 at 720p, x2 at 1080p, x1.2 for an extension, x1.5 for an edit', () => {
    expect(runMsFor({ operation: 'generation', resolution: '480p', durationSeconds: 8 }, realistic, 1)).toBe(8_000);
    expect(runMsFor({ operation: 'generation', resolution: '720p', durationSeconds: 8 }, realistic, 1)).toBe(12_000);
    expect(runMsFor({ operation: 'generation', resolution: '1080p', durationSeconds: 8 }, realistic, 1)).toBe(16_000);
    expect(runMsFor({ operation: 'extension', resolution: '480p', durationSeconds: 8 }, realistic, 1)).toBe(9_600);
    expect(runMsFor({ operation: 'edit', resolution: '720p', durationSeconds: 4 }, realistic, 1)).toBe(13_500);
  });
});

describe('phases', () => {
  const ttlMs = 60_000;
  const job = planJob(
    { operation: 'generation', durationSeconds: 8, inputImages: 0 },
    { ...settings, timing: { mode: 'realistic', polls: 0 } },
  );

  it('a poll-count job expires a TTL after its creation, whatever its run time', () => {
    const counted = { ...job, pollsToFinish: 2 };
    expect(jobPhase(counted, { nowMs: NOW + ttlMs - 1, polls: 2, ttlMs })).toEqual({ kind: 'finished' });
    expect(jobPhase(counted, { nowMs: NOW + ttlMs, polls: 2, ttlMs })).toEqual({ kind: 'expired' });
    expect(jobPhase(job, { nowMs: NOW + ttlMs, polls: 0, ttlMs })).toEqual({ kind: 'finished' });
  });

  it('an `expired` outcome is expired once it has run, pending before', () => {
    const expiring: JobTicket = { ...job, outcome: { ...job.outcome, kind: 'expired' } };
    expect(jobPhase(expiring, { nowMs: NOW + job.runMs, polls: 0, ttlMs })).toEqual({ kind: 'expired' });
    expect(jobPhase(expiring, { nowMs: NOW, polls: 0, ttlMs }).kind).toBe('pending');
  });
});

describe('planJob', () => {
  it('an edit keeps a 480p or 720p source, caps a 1080p one at 720p; an edit without a known source assumes its length', () => {
    const edit = (resolution: '480p' | '720p' | '1080p') =>
      planJob({ operation: 'edit', inputImages: 0, source: { durationSeconds: 4, resolution } }, settings).resolution;
    expect([edit('480p'), edit('720p'), edit('1080p')]).toEqual(['480p', '720p', '720p']);
    const assumed = planJob({ operation: 'edit', inputImages: 0 }, settings);
    expect(assumed.durationSeconds).toBeGreaterThanOrEqual(1);
    expect(assumed.durationSeconds).toBe(
      planJob({ operation: 'edit', inputImages: 0, source: { durationSeconds: assumed.durationSeconds } }, settings).durationSeconds,
    );
  });
});

describe('poll error statuses', () => {
  it('are the documented failures; 0 (answer normally) and others are not', () => {
    for (const status of [401, 403, 404, 429, 500, 502, 503, 504, 529]) expect(isPollErrorStatus(status), String(status)).toBe(true);
    for (const status of [0, 200, 400, 418]) expect(isPollErrorStatus(status), String(status)).toBe(false);
  });
});

describe('ticket fields past their width', () => {
  it('are stored at the field maximum, without spilling into the next field', () => {
    const ticket = planJob({ operation: 'generation', durationSeconds: 8, inputImages: 0 }, settings);
    const wide: JobTicket = { ...ticket, durationSeconds: 40, inputImages: 99 };
    expect(decodeJobId(encodeJobId(wide, 'edge', 1), 'edge')).toEqual({ ...ticket, durationSeconds: 31, inputImages: 15 });
  });
});
