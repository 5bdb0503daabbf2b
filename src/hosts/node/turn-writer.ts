// When the Node host writes an answer. A write to the socket of a client that sleeps
// waiting for it costs the kernel a wakeup of that client, so the slower a server answers,
// the more each write costs. Once the event loop's turns are busy (the last one answered
// more than one request: several connections waiting), the answers of a turn are written
// together at its end (the check phase, right after the turn's I/O), and the client wakes
// once for several of them. A turn that answered one request (one client, light load) has
// the next answer written at once, as node:http does: deferring it would only add latency.
// Measured with wrk at 10 and 64 connections in bench/README.md ("Answers written at the turn's end").
import { setImmediate } from 'node:timers';

/** Takes one answer's write (which must not throw) and runs it now or at the turn's end. */
export type TurnWriter = (write: () => void) => void;

export function createTurnWriter(atTurnEnd: (endTurn: () => void) => void = setImmediate): TurnWriter {
  let deferred: (() => void)[] = [];
  let answered = 0; // answers in the turn so far
  let busy = false; // the last turn with answers had more than one
  const endTurn = () => {
    const writes = deferred;
    deferred = [];
    busy = answered > 1;
    answered = 0;
    for (const write of writes) write();
  };
  return (write) => {
    if (answered++ === 0) atTurnEnd(endTurn);
    if (busy) deferred.push(write);
    else write();
  };
}
