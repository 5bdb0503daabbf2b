// Everything the mock knows about a job. It is packed into the request_id itself, so
// any mock process with the same secret answers the same for the same id, restarts lose
// nothing, and memory does not grow with the number of jobs.
import type { AspectRatio, Model, Operation, Resolution } from './vocabulary.js';
import type { Outcome } from './outcome.js';

/** Wire-format quirks of older live traffic (the spec's legacyPending and legacyFinished examples). */
export interface Dialect {
  /** Pending answered as `200 {"status":"pending"}` (before mid-2026). */
  legacyPending200: boolean;
  /** Finished body without `status` (early 2026). */
  finishedWithoutStatus: boolean;
  /** `202` with an empty body instead of `{"status":"pending","progress"}`. */
  emptyPendingBody: boolean;
}

export interface JobTicket {
  operation: Operation;
  model: Model;
  resolution: Resolution;
  aspectRatio: AspectRatio;
  /** Output length in whole seconds (what `video.duration` reports). */
  durationSeconds: number;
  /** Generated seconds that are billed (an extension bills the added segment). */
  billedSeconds: number;
  /** Input images (first and last frame, references, keyframes), billed per image. */
  inputImages: number;
  /** Whether the MP4 carries an audio track (`generate_audio`, default true). */
  generateAudio: boolean;
  outcome: Outcome;
  dialect: Dialect;
  /** Creation time on the mock's clock, in ms since the epoch (10 ms resolution). */
  createdAtMs: number;
  /** Time from creation to the terminal status, in ms (100 ms resolution). */
  runMs: number;
  /** 0 = time-based; N = terminal after N polls (deterministic, no wall clock). */
  pollsToFinish: number;
}

export const NO_DIALECT: Dialect = { legacyPending200: false, finishedWithoutStatus: false, emptyPendingBody: false };
