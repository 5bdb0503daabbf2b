// The finished video that extensions and edits start from: one text-to-video job per run,
// shared by every flow that needs it (the live run pays for it once).
import type { ContractSession } from '../contract-session.js';
import { createJob, pollUntilTerminal, type FinishedVideo } from '../video-jobs.js';
import { expectDone } from './job-expectations.js';
import { textToVideoBody } from './request-bodies.js';

async function makeSourceVideo(session: ContractSession): Promise<FinishedVideo | undefined> {
  const body = textToVideoBody();
  const id = await createJob(session, 'generateVideo', body);
  if (!id) return undefined;
  return expectDone(session, id, await pollUntilTerminal(session, id), body.duration);
}

export type SourceVideo = (session: ContractSession) => Promise<FinishedVideo | undefined>;

/** The first caller's session makes the job (and reports its problems). */
export function createSourceVideo(): SourceVideo {
  let made: Promise<FinishedVideo | undefined> | undefined;
  return (session) => (made ??= makeSourceVideo(session));
}
