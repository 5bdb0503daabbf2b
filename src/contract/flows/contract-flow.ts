// A contract flow: one scenario (text-to-video, an error class, ...) that runs against any
// target through a ContractSession. Flows report problems through the session instead of
// throwing, so the same flows prove the mock right and a drifted server wrong.
import type { ContractSession } from '../contract-session.js';
import type { FinishedVideo } from '../video-jobs.js';

export type FlowGroup = 'generation' | 'source-video' | 'lifecycle' | 'errors';

export const FLOW_GROUPS: readonly FlowGroup[] = ['generation', 'source-video', 'lifecycle', 'errors'];

/**
 * What a flow costs on a target that bills (the live API, a backend that proxies it):
 * - `free`: nothing (refused before a job exists, or only GETs);
 * - `cheap`: one job of the minimal billed chain (one 2 s 480p generation, its extension
 *   and its edit: about $0.30 on the live API);
 * - `billed`: more jobs, or a request a lenient target might accept and bill.
 * On the mock every flow is free; the cost decides only what runs by default.
 */
export type FlowCost = 'free' | 'cheap' | 'billed';

export const FLOW_COSTS: readonly FlowCost[] = ['free', 'cheap', 'billed'];

/**
 * What a flow needs of the target beyond the contract itself:
 * - `mock-controls`: it honours the mock's `Prefer` controls (learnt by a probe);
 * - `key-check`: it refuses an unknown API key (learnt by a probe; the mock does only
 *   when started with `--api-key`);
 * - `body-limit`: its request-body limit is known (told: `--body-limit`).
 */
export type TargetFeature = 'mock-controls' | 'key-check' | 'body-limit';

export interface FlowRequirement {
  feature: TargetFeature;
  /** Why the flow needs it, for the skip reason: "drives outcomes with Prefer controls". */
  why: string;
}

/** What the run knows about the target that a flow may use. */
export interface TargetFacts {
  /** The target's request-body limit in bytes, when told. */
  bodyLimitBytes: number | undefined;
}

export interface FlowContext {
  session: ContractSession;
  target: TargetFacts;
  /** A finished video to extend or edit; made once per run by a text-to-video job. */
  sourceVideo(session: ContractSession): Promise<FinishedVideo | undefined>;
}

export interface ContractFlow {
  name: string;
  group: FlowGroup;
  cost: FlowCost;
  /** Absent: any target that speaks the contract can run it. */
  requires?: FlowRequirement;
  /**
   * What the flow sends: requests the spec accepts, requests it rejects, bytes that are
   * not JSON, or requests without credentials. A proxy that parses and validates
   * requests (Prism) treats them apart.
   */
  sends: 'valid' | 'invalid' | 'malformed' | 'unauthenticated';
  run(ctx: FlowContext): Promise<void>;
}

/** Requirements shared by several flows. */
export const NEEDS = {
  controls: { feature: 'mock-controls', why: "drives the job's outcome with the mock's Prefer controls" },
  placeholders: {
    feature: 'mock-controls',
    why: 'sends placeholder inputs (example.com images, a made-up file_id) that only the mock accepts',
  },
} as const satisfies Record<string, FlowRequirement>;
