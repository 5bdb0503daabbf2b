// Polls repeat: a client asks about the same job every few seconds (benchmarks, hundreds
// of times a second). Remembering the last decoded ids skips the HMAC and the bit
// unpacking on the hot path; bounded, so memory stays flat however many jobs exist.
import { decodeJobId } from './job-id.js';
import type { JobTicket } from './job-ticket.js';

export type JobDecoder = (requestId: string) => JobTicket | undefined;

export function createJobDecoder(secret: string, maxEntries = 1024): JobDecoder {
  const recent = new Map<string, JobTicket>();
  return (requestId) => {
    const hit = recent.get(requestId);
    // Stryker disable next-line ConditionalExpression: a cache: decoding again gives an equal ticket
    if (hit) return hit;
    const ticket = decodeJobId(requestId, secret);
    // Stryker disable next-line ConditionalExpression: caching an undefined is never read back (the hit test above is falsy)
    if (!ticket) return undefined; // unknown ids are not remembered: they could be unbounded
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only keeps memory flat; every ticket read is the same either way
    if (recent.size >= maxEntries) recent.delete(recent.keys().next().value as string);
    recent.set(requestId, ticket);
    return ticket;
  };
}
