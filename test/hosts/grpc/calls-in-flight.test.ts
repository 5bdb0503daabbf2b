// The count a stop reads: a call is in flight from its handler's start until it is
// answered or its client cancels it, whichever comes first, and counted once.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { trackCalls } from '../../../src/hosts/grpc/calls-in-flight.js';

describe('trackCalls', () => {
  it('counts each call from begin until it is answered', () => {
    const calls = trackCalls();
    const endA = calls.begin(new EventEmitter());
    const endB = calls.begin(new EventEmitter());
    expect(calls.count()).toBe(2);
    endA();
    expect(calls.count()).toBe(1);
    endA(); // answered twice is still one call
    expect(calls.count()).toBe(1);
    endB();
    expect(calls.count()).toBe(0);
  });

  it('a call its client cancelled is no longer in flight, and its later answer changes nothing', () => {
    const calls = trackCalls();
    const cancelled = new EventEmitter();
    const end = calls.begin(cancelled);
    calls.begin(new EventEmitter());
    cancelled.emit('cancelled');
    expect(calls.count()).toBe(1);
    end();
    expect(calls.count()).toBe(1);
  });
});
