// Where a job is in its life at a given moment: derived, never stored.
import type { JobTicket } from './job-ticket.js';

export type JobPhase = { kind: 'pending'; progress: number } | { kind: 'finished' } | { kind: 'expired' };

export interface PhaseInput {
  nowMs: number;
  /** Polls of this job so far, this one included (poll-count mode only). */
  polls: number;
  /** How long a finished job stays available before it turns `expired`. */
  ttlMs: number;
}

function progressOf(ticket: JobTicket, { nowMs, polls }: PhaseInput): number {
  const ratio = ticket.pollsToFinish > 0 ? polls / ticket.pollsToFinish : (nowMs - ticket.createdAtMs) / ticket.runMs;
  return Math.min(99, Math.max(0, Math.floor(ratio * 100)));
}

function isFinished(ticket: JobTicket, { nowMs, polls }: PhaseInput): boolean {
  if (ticket.pollsToFinish > 0) return polls >= ticket.pollsToFinish;
  return nowMs >= ticket.createdAtMs + ticket.runMs;
}

export function jobPhase(ticket: JobTicket, input: PhaseInput): JobPhase {
  const expiresAtMs = ticket.createdAtMs + (ticket.pollsToFinish > 0 ? 0 : ticket.runMs) + input.ttlMs;
  if (input.nowMs >= expiresAtMs) return { kind: 'expired' };
  if (!isFinished(ticket, input)) return { kind: 'pending', progress: progressOf(ticket, input) };
  return ticket.outcome.kind === 'expired' ? { kind: 'expired' } : { kind: 'finished' };
}
