// usage.cost_in_usd_ticks of a job: the capability table's price per output second for
// the job's model and resolution, plus its price per input image (src/capabilities).
import { costInUsdTicks as tableCost } from '../capabilities/index.js';
import type { JobTicket } from './job-ticket.js';

export { TICKS_PER_USD } from '../capabilities/index.js';

export function costInUsdTicks(ticket: Pick<JobTicket, 'model' | 'resolution' | 'billedSeconds' | 'inputImages'>): number {
  return tableCost(ticket);
}
