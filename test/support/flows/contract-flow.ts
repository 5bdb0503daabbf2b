// A contract flow: one scenario (text-to-video, an error class, ...) that runs against any
// target through a ContractSession. Flows report problems through the session instead of
// throwing, so the same flows prove the mock right and a drifted server wrong.
import type { ContractTargetKind } from '../contract-target.js';
import type { ContractSession } from '../contract-session.js';
import type { FinishedVideo } from '../video-jobs.js';

export type FlowGroup = 'generation' | 'source-video' | 'lifecycle' | 'errors';

export interface FlowContext {
  session: ContractSession;
  target: ContractTargetKind;
  /** A finished video to extend or edit; made once per run by a text-to-video job. */
  sourceVideo(session: ContractSession): Promise<FinishedVideo | undefined>;
}

export interface ContractFlow {
  name: string;
  group: FlowGroup;
  /** `true`: runs against the live API too (cheap or free); a string: why it does not. */
  live: true | string;
  /**
   * What the flow sends: requests the spec accepts, requests it rejects, bytes that are
   * not JSON, or requests without credentials. A proxy that parses and validates
   * requests (Prism) treats them apart.
   */
  sends: 'valid' | 'invalid' | 'malformed' | 'unauthenticated';
  run(ctx: FlowContext): Promise<void>;
}

/** Reasons shared by the flows the live API cannot run. */
export const LIVE_SKIP = {
  billed: 'billed on the live API: the live run makes one job per operation at most',
  controls: "needs the mock's Prefer controls: the live API cannot be driven into it",
  mayBill: 'the live API might accept it leniently and bill a job: only the mock is asked',
} as const;
