// usage.cost_in_usd_ticks from the capability table: the model's price per output second
// at the job's resolution, plus its price per input image. 10^10 ticks = 1 USD (xAI's
// OpenAPI document, MediaUsage.cost_in_usd_ticks).
import type { ResolutionName } from '../spec/index.js';
import { findModel } from './capability-table.js';

export const TICKS_PER_USD = 10_000_000_000;

export interface BilledJob {
  /** A model id or alias from the table. */
  model: string;
  resolution: ResolutionName;
  /** Generated seconds (an extension bills the added segment). */
  billedSeconds: number;
  inputImages: number;
}

export function costInUsdTicks(job: BilledJob): number {
  const row = findModel(job.model);
  if (!row) throw new RangeError(`pricing: unknown model ${job.model}`);
  const perSecond = row.usd_per_second[job.resolution];
  if (perSecond === undefined) throw new RangeError(`pricing: ${row.id} has no price at ${job.resolution}`);
  // Rounded per part: ticks are integers, and 0.07 × 10^10 is not exact in binary.
  return Math.round(job.billedSeconds * perSecond * TICKS_PER_USD) + job.inputImages * Math.round(row.usd_per_input_image * TICKS_PER_USD);
}
