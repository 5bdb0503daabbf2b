// Poll answers repeat: a client asks about the same job every few seconds, and between two
// steps of its progress every answer is the same bytes. The answer is kept per (job, phase,
// base URL) already serialised, so a repeated poll skips building and serialising the body
// (JSON.stringify of a finished job's body was a twentieth of a poll's time under load).
// Bounded like the decoded ids, so memory stays flat however many jobs are polled.
import type { JobResponse } from '../../lifecycle/index.js';

export interface PollAnswer extends JobResponse {
  /** `body` serialised (undefined: no body). */
  text: string | undefined;
}

export type PollAnswers = (key: string, build: () => JobResponse) => PollAnswer;

export function createPollAnswers(maxEntries = 1024): PollAnswers {
  const kept = new Map<string, PollAnswer>();
  return (key, build) => {
    const hit = kept.get(key);
    if (hit) return hit;
    const response = build();
    const text = response.body === undefined ? undefined : JSON.stringify(response.body);
    const answer = { status: response.status, body: response.body, text };
    if (kept.size >= maxEntries) kept.delete(kept.keys().next().value as string);
    kept.set(key, answer);
    return answer;
  };
}
