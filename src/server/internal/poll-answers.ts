// Poll answers repeat: a client asks about the same job every few seconds, and between two
// steps of its progress every answer is the same bytes. The last answer of each job is kept
// already serialised with the step and base URL it was built for, so a repeated poll skips
// building and serialising the body (JSON.stringify of a finished job's body was a
// twentieth of a poll's time under load). Keyed by the id alone: V8 keeps a string's hash,
// so the id the decoder just looked up costs no second hash, where a joined key did.
// Bounded like the decoded ids, so memory stays flat however many jobs are polled.
import type { JobResponse } from '../../lifecycle/index.js';

export interface PollAnswer extends JobResponse {
  /** `body` serialised (undefined: no body). */
  text: string | undefined;
}

/** The job's answer at `step` (its progress, or its phase past pending) under `baseUrl`. */
export type PollAnswers = (requestId: string, step: number | string, baseUrl: string, build: () => JobResponse) => PollAnswer;

interface Kept {
  step: number | string;
  baseUrl: string;
  answer: PollAnswer;
}

export function createPollAnswers(maxEntries = 1024): PollAnswers {
  const kept = new Map<string, Kept>();
  return (requestId, step, baseUrl, build) => {
    const hit = kept.get(requestId);
    if (hit !== undefined && hit.step === step && hit.baseUrl === baseUrl) return hit.answer;
    const response = build();
    const text = response.body === undefined ? undefined : JSON.stringify(response.body);
    const answer = { status: response.status, body: response.body, text };
    // A new step moves the job to the newest end; a new job may evict the oldest.
    if (hit !== undefined) kept.delete(requestId);
    else if (kept.size >= maxEntries) kept.delete(kept.keys().next().value as string);
    kept.set(requestId, { step, baseUrl, answer });
    return answer;
  };
}
