// The gRPC calls being answered now, for a stop: those still running when its grace ends
// are cancelled, and counted, as the HTTP host counts the requests it cuts. A call is in
// flight from its handler's start until its answer is sent or its client cancels it (a
// call the client gave up on is not one the stop cut).
export interface CallsInFlight {
  /** Counts `call` in flight; the function returned ends it (once is enough, twice is harmless). */
  begin(call: { once(event: 'cancelled', listener: () => void): unknown }): () => void;
  /** Calls in flight now. */
  count(): number;
}

export function trackCalls(): CallsInFlight {
  const running = new Set<object>();
  return {
    begin(call) {
      running.add(call);
      const end = () => void running.delete(call);
      call.once('cancelled', end);
      return end;
    },
    count: () => running.size,
  };
}
