/**
 * The mock's admin surface (`/__mock/*`, no auth): the recent-jobs list and the clock.
 * Not part of the xAI API: a frontend talking to the live API has neither.
 */

/** One row of `GET /__mock/jobs`. */
export interface MockJob {
  request_id: string;
  operation: string;
  created_at: string;
  /** `pending`, `done`, `failed`, `expired`, or a `moderated-*` outcome. */
  status: string;
  progress: number;
  resolution?: string;
  aspect_ratio?: string;
  duration?: number;
}

export async function listJobs(baseUrl: string): Promise<MockJob[]> {
  const response = await fetch(`${baseUrl}/__mock/jobs`);
  if (!response.ok) throw new Error(`GET /__mock/jobs answered ${response.status}`);
  const body = (await response.json()) as { jobs: MockJob[] };
  return body.jobs;
}

/** Moves the mock's clock: every pending job jumps ahead (finished jobs age towards `expired`). */
export async function advanceClock(baseUrl: string, seconds: number): Promise<void> {
  const response = await fetch(`${baseUrl}/__mock/clock/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ seconds }),
  });
  if (!response.ok) throw new Error(`POST /__mock/clock/advance answered ${response.status}`);
}

/** Where the mock serves a job's MP4 (the same URL a done body carries in `video.url`). */
export function mockVideoUrl(baseUrl: string, requestId: string): string {
  return `${baseUrl}/__mock/videos/xai-video-${encodeURIComponent(requestId)}.mp4`;
}
