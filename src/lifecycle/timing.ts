// How long a job runs. Realistic by default (seconds, with visible progress), scaled by
// the server's time scale; instant for CI; or a poll count, deterministic without a clock.
import { MAX_RUN_MS } from './job-id.js';
import { MAX_POLLS, type Operation, type Resolution, type TimingMode } from './vocabulary.js';

export interface Timing {
  mode: TimingMode;
  /** When > 0, the job finishes on this poll, whatever the clock says. */
  polls: number;
}

const RESOLUTION_FACTOR: Record<Resolution, number> = { '480p': 1, '720p': 1.5, '1080p': 2 };
const OPERATION_FACTOR: Record<Operation, number> = { generation: 1, extension: 1.2, edit: 1.5 };
const SLOW_FACTOR = 10;

/**
 * Run time of a job in ms. Live jobs take 15 s to minutes; the realistic default is
 * shorter (4 s + 0.5 s per output second, longer at higher resolutions and for edits) so
 * a developer sees progress without waiting, and `timeScale` speeds it up or slows it.
 */
export function runMsFor(
  job: { operation: Operation; resolution: Resolution; durationSeconds: number },
  timing: Timing,
  timeScale: number,
): number {
  if (timing.mode === 'instant') return 0;
  const base = (4000 + 500 * job.durationSeconds) * RESOLUTION_FACTOR[job.resolution] * OPERATION_FACTOR[job.operation];
  const scaled = (timing.mode === 'slow' ? base * SLOW_FACTOR : base) / timeScale;
  return Math.min(Math.max(Math.round(scaled), 100), MAX_RUN_MS);
}

export function pollsFor(timing: Timing): number {
  return Math.min(Math.max(Math.round(timing.polls), 0), MAX_POLLS);
}
