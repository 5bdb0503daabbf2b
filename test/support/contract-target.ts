// Which server the contract suite runs against, and at what pace. One place reads the
// environment; the suite, dredd's runner and the fixture recorder import it.
//
// - mock (default): the kit's mock, started in-process, instant timing, no pacing.
// - live (CONTRACT_TARGET=live, `make contract-live`): CONTRACT_BASE_URL (default
//   https://api.x.ai) with XAI_API_KEY; paced like the official SDKs (poll every 5 s,
//   at most 1 request per second: reference section 1) and patient (15 min per job).

export type ContractTargetKind = 'mock' | 'live';

export interface ContractTargetSettings {
  kind: ContractTargetKind;
  /** Undefined for the mock: it is known once the mock listens. */
  baseUrl: string | undefined;
  /** The bearer key. Never printed: see `redactSecrets`. */
  apiKey: string;
  /** Wait between two polls of one job. */
  pollIntervalMs: number;
  /** Give up on a job after this long. */
  jobTimeoutMs: number;
  /** Smallest gap between two requests of the whole run (rate limit). */
  minRequestGapMs: number;
  /** Vitest timeout of one flow (a flow may wait for up to three jobs). */
  flowTimeoutMs: number;
  /** Where live responses are recorded (live mode only; CONTRACT_RECORD=0 turns it off, CONTRACT_RECORD_DIR moves it). */
  recordDir: string | undefined;
}

export const DEFAULT_LIVE_BASE_URL = 'https://api.x.ai';
export const LIVE_RECORD_DIR = 'test/fixtures/live';
/** The key the suite sends to the mock (any non-empty bearer is accepted there). */
export const MOCK_API_KEY = 'contract-suite-key';

const LIVE_POLL_INTERVAL_MS = 5_000;
const LIVE_JOB_TIMEOUT_MS = 15 * 60_000;
const LIVE_MIN_REQUEST_GAP_MS = 1_100;

export class MissingApiKeyError extends Error {
  override readonly name = 'MissingApiKeyError';
  readonly code = 'ERR_CONTRACT_NO_KEY';
  constructor() {
    super('contract-live: XAI_API_KEY is not set; refusing to start (the live run needs a key and spends money)');
  }
}

export function resolveContractTarget(env: NodeJS.ProcessEnv = process.env): ContractTargetSettings {
  if (env.CONTRACT_TARGET !== 'live') {
    return {
      kind: 'mock',
      baseUrl: undefined,
      apiKey: MOCK_API_KEY,
      pollIntervalMs: 0,
      jobTimeoutMs: 20_000,
      minRequestGapMs: 0,
      flowTimeoutMs: 20_000,
      recordDir: undefined,
    };
  }
  const apiKey = env.XAI_API_KEY?.trim();
  if (!apiKey) throw new MissingApiKeyError();
  return {
    kind: 'live',
    baseUrl: (env.CONTRACT_BASE_URL?.trim() || DEFAULT_LIVE_BASE_URL).replace(/\/+$/, ''),
    apiKey,
    pollIntervalMs: LIVE_POLL_INTERVAL_MS,
    jobTimeoutMs: LIVE_JOB_TIMEOUT_MS,
    minRequestGapMs: LIVE_MIN_REQUEST_GAP_MS,
    flowTimeoutMs: 3 * LIVE_JOB_TIMEOUT_MS + 60_000,
    recordDir: env.CONTRACT_RECORD === '0' ? undefined : env.CONTRACT_RECORD_DIR?.trim() || LIVE_RECORD_DIR,
  };
}

/** Replaces every occurrence of a secret in a text (messages, recorded bodies). */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('<redacted>');
  return out;
}
