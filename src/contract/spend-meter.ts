// Sums `usage.cost_in_usd_ticks` over the jobs of a run, once per job (a finished job is
// polled more than once). 10^10 ticks = 1 USD (the spec's info, "Billing").

export const TICKS_PER_USD = 10_000_000_000;

export interface SpendMeter {
  /** Records the cost of a job; a second report for the same job replaces the first. */
  record(requestId: string, ticks: number): void;
  totalTicks(): number;
  jobs(): number;
  /** "$0.1234 (1234000000 ticks, 2 jobs)". */
  describe(): string;
}

export function formatUsd(ticks: number): string {
  return `$${(ticks / TICKS_PER_USD).toFixed(4)}`;
}

export function createSpendMeter(): SpendMeter {
  const byJob = new Map<string, number>();
  const totalTicks = () => [...byJob.values()].reduce((sum, ticks) => sum + ticks, 0);
  return {
    record(requestId, ticks) {
      if (Number.isFinite(ticks) && ticks >= 0) byJob.set(requestId, ticks);
    },
    totalTicks,
    jobs: () => byJob.size,
    describe: () => `${formatUsd(totalTicks())} (${totalTicks()} ticks, ${byJob.size} billed job${byJob.size === 1 ? '' : 's'})`,
  };
}

/** The ticks a job or error body reports, if any. */
export function ticksOf(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const usage = (body as { usage?: unknown }).usage;
  if (typeof usage !== 'object' || usage === null) return undefined;
  const ticks = (usage as { cost_in_usd_ticks?: unknown }).cost_in_usd_ticks;
  return typeof ticks === 'number' ? ticks : undefined;
}
