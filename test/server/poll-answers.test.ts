// Poll answers kept serialised, each job's last with its step and base URL: a repeated poll
// gets the same bytes without building them again, a new step or base URL builds anew,
// and memory stays bounded.
import { describe, expect, it } from 'vitest';
import { createPollAnswers } from '../../src/server/internal/poll-answers.js';

describe('createPollAnswers', () => {
  it('builds an answer once per key and hands out its serialised body', () => {
    const answers = createPollAnswers();
    let builds = 0;
    const build = () => {
      builds++;
      return { status: 202, body: { status: 'pending', progress: 40 } };
    };
    const first = answers('id-1', 40, 'http://a', build);
    const again = answers('id-1', 40, 'http://a', build);
    expect(builds).toBe(1);
    expect(again).toBe(first);
    expect(first).toEqual({ status: 202, body: { status: 'pending', progress: 40 }, text: '{"status":"pending","progress":40}' });
    const later = answers('id-1', 41, 'http://a', () => ({ status: 202, body: { status: 'pending', progress: 41 } }));
    expect(later.text).toBe('{"status":"pending","progress":41}');
    answers('id-1', 40, 'http://b', build);
    expect(builds).toBe(2);
    expect(answers('id-1', 40, 'http://b', build)).not.toBe(first); // built for b, kept for b
    expect(builds).toBe(2);
    expect(answers('id-1', 'finished', 'http://b', () => ({ status: 200, body: { status: 'done' } })).status).toBe(200);
  });

  it('keeps an answer without a body as such (the empty-body dialect)', () => {
    expect(createPollAnswers()('id-2', 10, 'http://a', () => ({ status: 202 }))).toEqual({ status: 202, body: undefined, text: undefined });
  });

  it('forgets the oldest answers past its bound', () => {
    const answers = createPollAnswers(2);
    let builds = 0;
    const build = () => ({ status: 200, body: { n: ++builds } });
    answers('a', 1, 'http://a', build);
    answers('b', 1, 'http://a', build);
    answers('a', 2, 'http://a', build); // a's new step: a is now the newest
    answers('c', 1, 'http://a', build); // evicts b, the oldest
    expect(answers('a', 2, 'http://a', build).body).toEqual({ n: 3 });
    expect(answers('c', 1, 'http://a', build).body).toEqual({ n: 4 });
    expect(answers('b', 1, 'http://a', build).body).toEqual({ n: 5 });
  });
});
