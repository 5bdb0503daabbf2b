// Phases and responses derived from the ticket and the clock.
import { describe, expect, it } from 'vitest';
import { costInUsdTicks, jobPhase, jobResponse, NO_DIALECT, planJob, type JobTicket } from '../../src/lifecycle/index.js';

const NOW = 1_800_000_000_000;

function ticket(): JobTicket {
  return planJob(
    { operation: 'generation', durationSeconds: 8, inputImages: 0 },
    { nowMs: NOW, timing: { mode: 'realistic', polls: 0 }, timeScale: 1, dialect: NO_DIALECT },
  );
}

describe('jobPhase', () => {
  const job = ticket();
  const ttlMs = 60_000;

  it('is pending with progress proportional to elapsed time, capped at 99', () => {
    expect(jobPhase(job, { nowMs: NOW, polls: 0, ttlMs })).toEqual({ kind: 'pending', progress: 0 });
    expect(jobPhase(job, { nowMs: NOW + job.runMs / 2, polls: 0, ttlMs })).toEqual({ kind: 'pending', progress: 50 });
    expect(jobPhase(job, { nowMs: NOW + job.runMs - 1, polls: 0, ttlMs })).toEqual({ kind: 'pending', progress: 99 });
  });

  it('finishes at createdAt + runMs and expires a TTL later', () => {
    expect(jobPhase(job, { nowMs: NOW + job.runMs, polls: 0, ttlMs }).kind).toBe('finished');
    expect(jobPhase(job, { nowMs: NOW + job.runMs + ttlMs, polls: 0, ttlMs }).kind).toBe('expired');
  });

  it('in poll mode ignores the clock until the Nth poll', () => {
    const counted = { ...job, pollsToFinish: 4 };
    expect(jobPhase(counted, { nowMs: NOW + 10 * job.runMs, polls: 3, ttlMs: 10 * 86_400_000 })).toEqual({ kind: 'pending', progress: 75 });
    expect(jobPhase(counted, { nowMs: NOW, polls: 4, ttlMs })).toEqual({ kind: 'finished' });
  });
});

describe('planJob', () => {
  const settings = { nowMs: NOW, timing: { mode: 'instant' as const, polls: 0 }, timeScale: 1, dialect: NO_DIALECT };

  it('applies the live duration rules', () => {
    expect(planJob({ operation: 'generation', inputImages: 0 }, settings).durationSeconds).toBe(8);
    const source = { durationSeconds: 4.6, resolution: '1080p' as const, aspectRatio: '9:16' as const };
    const edit = planJob({ operation: 'edit', inputImages: 0, source }, settings);
    expect(edit).toMatchObject({ durationSeconds: 5, resolution: '720p', aspectRatio: '9:16' });
    const extension = planJob({ operation: 'extension', inputImages: 0, source: { durationSeconds: 5 } }, settings);
    expect(extension).toMatchObject({ durationSeconds: 11, billedSeconds: 6 });
  });

  it('scales realistic run time and makes slow ten times longer', () => {
    const realistic = planJob({ operation: 'generation', inputImages: 0 }, { ...settings, timing: { mode: 'realistic', polls: 0 } });
    const slow = planJob({ operation: 'generation', inputImages: 0 }, { ...settings, timing: { mode: 'slow', polls: 0 } });
    const fast = planJob(
      { operation: 'generation', inputImages: 0 },
      { ...settings, timing: { mode: 'realistic', polls: 0 }, timeScale: 4 },
    );
    expect(realistic.runMs).toBe(8000);
    expect(slow.runMs).toBe(80_000);
    expect(fast.runMs).toBe(2000);
  });
});

describe('pricing', () => {
  it.each([
    ['grok-imagine-video', '480p', 8, 0, 4_000_000_000],
    ['grok-imagine-video', '720p', 10, 1, 7_020_000_000],
    ['grok-imagine-video-1.5', '480p', 1, 0, 800_000_000],
    ['grok-imagine-video-1.5-preview', '720p', 6, 2, 8_600_000_000],
    ['grok-imagine-video-1.5', '1080p', 4, 1, 10_100_000_000],
    ['grok-imagine-video-1.5-lite', '480p', 10, 0, 2_000_000_000],
    ['grok-imagine-video-1.5-lite', '1080p', 5, 1, 7_100_000_000],
  ] as const)('%s %s %i s + %i images = %i ticks', (model, resolution, billedSeconds, inputImages, ticks) => {
    expect(costInUsdTicks({ model, resolution, billedSeconds, inputImages })).toBe(ticks);
  });
});

describe('jobResponse dialects', () => {
  it('renders pending three ways and done without status', () => {
    const job = ticket();
    const pending = { kind: 'pending' as const, progress: 10 };
    expect(jobResponse(job, pending, 'u')).toEqual({ status: 202, body: { status: 'pending', progress: 10 } });
    expect(jobResponse({ ...job, dialect: { ...NO_DIALECT, legacyPending200: true } }, pending, 'u').status).toBe(200);
    expect(jobResponse({ ...job, dialect: { ...NO_DIALECT, emptyPendingBody: true } }, pending, 'u')).toEqual({ status: 202 });
    const done = jobResponse({ ...job, dialect: { ...NO_DIALECT, finishedWithoutStatus: true } }, { kind: 'finished' }, 'u');
    expect(done.body).not.toHaveProperty('status');
    expect(done.body).toMatchObject({ video: { url: 'u', duration: 8 } });
  });
});
