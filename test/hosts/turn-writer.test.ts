// When the Node host writes an answer: at once while turns are quiet, with the rest of its
// turn once the last turn answered more than one request. The turn's end is injected, so
// each test says exactly where a turn ends.
import { describe, expect, it } from 'vitest';
import { createTurnWriter } from '../../src/hosts/node/turn-writer.js';

/** A turn writer whose turns end when the test says, and what it has written so far. */
function setUp() {
  const ends: (() => void)[] = [];
  const written: string[] = [];
  const writeInTurn = createTurnWriter((endTurn) => ends.push(endTurn));
  const answer = (name: string) => writeInTurn(() => written.push(name));
  const endTurn = () => {
    const pending = ends.splice(0);
    for (const end of pending) end();
    return pending.length;
  };
  return { answer, endTurn, written };
}

describe('the turn writer', () => {
  it('writes at once while each turn answers one request, as node:http does', () => {
    const { answer, endTurn, written } = setUp();
    answer('a');
    expect(written).toEqual(['a']);
    expect(endTurn()).toBe(1);
    answer('b');
    expect(written).toEqual(['a', 'b']);
  });

  it('after a turn of several answers, holds the next turn’s answers to its end and writes them in order', () => {
    const { answer, endTurn, written } = setUp();
    answer('a');
    answer('b'); // the first turn is not yet known to be busy: written at once
    expect(written).toEqual(['a', 'b']);
    endTurn();
    answer('c');
    answer('d');
    answer('e');
    expect(written).toEqual(['a', 'b']);
    expect(endTurn()).toBe(1); // one end per turn, however many answers
    expect(written).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('goes back to writing at once after a turn with a single answer', () => {
    const { answer, endTurn, written } = setUp();
    answer('a');
    answer('b');
    endTurn();
    answer('c'); // busy: held
    expect(written).toEqual(['a', 'b']);
    endTurn(); // that turn had one answer
    answer('d');
    expect(written).toEqual(['a', 'b', 'c', 'd']);
  });

  it('asks for no turn end while nothing is answered', () => {
    const { answer, endTurn } = setUp();
    answer('a');
    endTurn();
    expect(endTurn()).toBe(0);
  });

  it('puts an answer that comes while a turn’s answers are written into the next turn', () => {
    const ends: (() => void)[] = [];
    const written: string[] = [];
    const writeInTurn = createTurnWriter((endTurn) => ends.push(endTurn));
    writeInTurn(() => written.push('a'));
    writeInTurn(() => written.push('b'));
    ends.shift()!();
    // c's write answers another request (as a pipelined one is answered once the one before it finished)
    writeInTurn(() => {
      written.push('c');
      writeInTurn(() => written.push('d'));
    });
    writeInTurn(() => written.push('e'));
    ends.shift()!();
    expect(written).toEqual(['a', 'b', 'c', 'e']);
    expect(ends).toHaveLength(1);
    ends.shift()!();
    expect(written).toEqual(['a', 'b', 'c', 'e', 'd']);
  });
});
