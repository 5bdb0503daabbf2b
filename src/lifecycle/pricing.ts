// usage.cost_in_usd_ticks like the live API: per generated second by model and
// resolution, plus a fee per input image (reference, section 1). 10^10 ticks = 1 USD.
import type { JobTicket } from './job-ticket.js';
import type { Model, Resolution } from './vocabulary.js';

export const TICKS_PER_USD = 10_000_000_000;
const TICKS_PER_INPUT_IMAGE = 0.002 * TICKS_PER_USD;

/** USD per output second. 1080p on the 1.5 model is unconfirmed: assumed twice 720p. */
const USD_PER_SECOND: Record<'base' | 'v15', Record<Resolution, number>> = {
  base: { '480p': 0.05, '720p': 0.07, '1080p': 0.07 },
  v15: { '480p': 0.08, '720p': 0.14, '1080p': 0.28 },
};

function rateOf(model: Model, resolution: Resolution): number {
  return USD_PER_SECOND[model === 'grok-imagine-video' ? 'base' : 'v15'][resolution];
}

export function costInUsdTicks(ticket: Pick<JobTicket, 'model' | 'resolution' | 'billedSeconds' | 'inputImages'>): number {
  const output = Math.round(ticket.billedSeconds * rateOf(ticket.model, ticket.resolution) * TICKS_PER_USD);
  return output + ticket.inputImages * TICKS_PER_INPUT_IMAGE;
}
