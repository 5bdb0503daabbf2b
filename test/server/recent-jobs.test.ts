// The recent-jobs list behind GET /__mock/jobs: newest first, bounded, and still in order
// after the ring has wrapped many times (what a long-running mock shows).
import { describe, expect, it } from 'vitest';
import { createRecentJobs } from '../../src/server/internal/recent-jobs.js';

const job = (n: number) => ({ request_id: `id-${n}`, operation: 'generation', created_at: new Date(n).toISOString() });
const ids = (jobs: { request_id: string }[]) => jobs.map((j) => j.request_id);

describe('createRecentJobs', () => {
  it('lists newest first before the bound is reached', () => {
    const recent = createRecentJobs(3);
    expect(recent.list()).toEqual([]);
    recent.add(job(1));
    recent.add(job(2));
    expect(ids(recent.list())).toEqual(['id-2', 'id-1']);
  });

  it('keeps the last `capacity` jobs, newest first, at every point of many wraps', () => {
    const recent = createRecentJobs(3);
    for (let n = 1; n <= 10; n++) {
      recent.add(job(n));
      const want = [n, n - 1, n - 2].filter((k) => k >= 1).map((k) => `id-${k}`);
      expect(ids(recent.list())).toEqual(want);
    }
  });

  it('hands out a copy: changing a listing changes nothing kept', () => {
    const recent = createRecentJobs(2);
    recent.add(job(1));
    recent.list().pop();
    expect(ids(recent.list())).toEqual(['id-1']);
  });

  it('starts over after clear', () => {
    const recent = createRecentJobs(2);
    for (let n = 1; n <= 5; n++) recent.add(job(n));
    recent.clear();
    recent.add(job(6));
    expect(ids(recent.list())).toEqual(['id-6']);
    recent.add(job(7));
    recent.add(job(8));
    expect(ids(recent.list())).toEqual(['id-8', 'id-7']);
  });
});
