// How fast the check talks to its target. The defaults suit the live API and anything
// that proxies it: poll every 5 s like the official SDKs, keep requests 1.1 s apart (the
// spec's info, "Lifecycle": 1 request per second per team per model) and give a job 15 minutes, so a
// slow job is not reported as drift. A local mock can go as fast as it answers.

export interface Pacing {
  /** Wait between two polls of one job. */
  pollIntervalMs: number;
  /** Smallest gap between two requests of the whole run (the rate limit). */
  minRequestGapMs: number;
  /** Give up on a job after this long. */
  jobTimeoutMs: number;
  /** Give up on one request (or one download) after this long: a target that hangs is a problem, not a hang. */
  requestTimeoutMs: number;
}

export const LIVE_PACING: Readonly<Pacing> = {
  pollIntervalMs: 5_000,
  minRequestGapMs: 1_100,
  jobTimeoutMs: 15 * 60_000,
  requestTimeoutMs: 2 * 60_000,
};

/** For a mock on this machine with instant jobs: no waiting at all. */
export const LOCAL_PACING: Readonly<Pacing> = {
  pollIntervalMs: 0,
  minRequestGapMs: 0,
  jobTimeoutMs: 20_000,
  requestTimeoutMs: 20_000,
};
