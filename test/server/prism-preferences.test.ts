// Prism's Prefer vocabulary: `code=NNN` and `example=<name>` on the create or on the poll.
// The example tables and the spec's named examples agree both ways, and every example
// the mock maps answers with the example's own `status` (and a body the spec accepts:
// the mock runs in strict mode).
import { describe, expect, it } from 'vitest';
import { CREATE_EXAMPLES, POLL_EXAMPLES } from '../../src/server/index.js';
import { loadSpecDocument, type ResponseObject } from '../../src/spec/index.js';
import { createJob, poll, post, useMock } from './mock-kit.js';

const mock = useMock();
const BODY = { prompt: 'a cat', duration: 1 };
const document = loadSpecDocument();

/** The spec's named examples of an operation, by status: name → { status, value }. */
function specExamples(operationId: string): Map<string, { status: number; value: any }> {
  const found = new Map<string, { status: number; value: any }>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (operation.operationId !== operationId) continue;
      for (const [status, raw] of Object.entries(operation.responses)) {
        const response = ('$ref' in raw ? document.components.responses[String(raw.$ref).split('/').pop()!] : raw) as ResponseObject & {
          content?: Record<string, { examples?: Record<string, { value: unknown }> }>;
        };
        for (const [name, example] of Object.entries(response.content?.['application/json']?.examples ?? {})) {
          found.set(name, { status: Number(status), value: example.value });
        }
      }
    }
  }
  return found;
}

describe('the example tables', () => {
  it('name exactly the examples of the spec', () => {
    for (const id of ['generateVideo', 'extendVideo', 'editVideo'])
      expect(Object.keys(CREATE_EXAMPLES).sort()).toEqual([...specExamples(id).keys()].sort());
    expect(Object.keys(POLL_EXAMPLES).sort()).toEqual([...specExamples('getVideo').keys()].sort());
  });

  it('map an error example to the catalogue entry of its status', () => {
    for (const [table, id] of [
      [CREATE_EXAMPLES, 'generateVideo'],
      [POLL_EXAMPLES, 'getVideo'],
    ] as const) {
      for (const [name, effect] of Object.entries(table)) {
        if (effect.error) expect(Number(effect.error.slice(0, 3)), name).toBe(specExamples(id).get(name)!.status);
      }
    }
  });
});

describe('example= on a poll answers like the example', () => {
  const examples = specExamples('getVideo');
  const usable = Object.entries(POLL_EXAMPLES).filter(([, effect]) => !effect.unsupported);

  it.each(usable.map(([name]) => [name]))('%s', async (name) => {
    const id = await createJob(mock.url(), BODY);
    const answer = await poll(mock.url(), id, { prefer: `example=${name}` });
    const example = examples.get(name)!;
    expect(answer.status).toBe(example.status);
    if (example.value.code) expect(answer.body.code).toBe(example.value.code);
    else expect(answer.body.status).toBe(example.value.status);
    if (example.value.error?.code) expect(answer.body.error.code).toBe(example.value.error.code);
  });

  it('refuses the examples the mock cannot produce, saying what to use', async () => {
    const id = await createJob(mock.url(), BODY);
    for (const [name, effect] of Object.entries(POLL_EXAMPLES).filter(([, e]) => e.unsupported)) {
      const answer = await poll(mock.url(), id, { prefer: `example=${name}` });
      expect(answer.status).toBe(400);
      expect(answer.body.error).toContain(effect.unsupported);
    }
    expect((await poll(mock.url(), id, { prefer: 'example=nonsense' })).body.error).toContain('known: pending, done');
  });
});

describe('example= on a create sets the job', () => {
  it('to a poll example: the job ends so', async () => {
    for (const [name, status] of [
      ['failed', 'failed'],
      ['expired', 'expired'],
      ['moderatedDone', 'done'],
    ]) {
      const id = await createJob(mock.url(), BODY, `example=${name}, timing=instant`);
      expect((await poll(mock.url(), id)).body.status, name).toBe(status);
    }
  });

  it('to a create error example: the create answers it', async () => {
    const answer = await post(mock.url(), '/v1/videos/generations', BODY, { prefer: 'example=unauthenticated' });
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe('unauthenticated');
    const moderated = await post(mock.url(), '/v1/videos/generations', BODY, { prefer: 'example=moderated' });
    expect([moderated.status, moderated.body.code]).toEqual([400, 'imagine:content-moderated']);
  });

  it('and refuses example=pending with what to use', async () => {
    const answer = await post(mock.url(), '/v1/videos/generations', BODY, { prefer: 'example=pending' });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toContain('timing=slow or polls=N');
  });
});

describe('code=', () => {
  it('on a create answers that status in the API shape; 200 is the normal answer', async () => {
    expect((await post(mock.url(), '/v1/videos/generations', BODY, { prefer: 'code=200' })).status).toBe(200);
    for (const status of [400, 413, 415, 422, 429, 503]) {
      const answer = await post(mock.url(), '/v1/videos/generations', BODY, { prefer: `code=${status}` });
      expect(answer.status).toBe(status);
      expect(answer.body).toEqual({ code: expect.any(String), error: expect.stringContaining('code=') });
    }
  });

  it('on a poll: 200 answers finished, 202 pending, an error status that error', async () => {
    const id = await createJob(mock.url(), BODY, 'timing=slow');
    expect((await poll(mock.url(), id)).status).toBe(202);
    expect((await poll(mock.url(), id, { prefer: 'code=200' })).body.status).toBe('done');
    const finished = await createJob(mock.url(), BODY, 'timing=instant');
    expect((await poll(mock.url(), finished, { prefer: 'code=202' })).body).toMatchObject({ status: 'pending' });
    expect((await poll(mock.url(), finished, { prefer: 'code=404' })).body.code).toBe('not-found');
  });

  it('refuses a status the mock cannot answer, listing the ones it can', async () => {
    const answer = await post(mock.url(), '/v1/videos/generations', BODY, { prefer: 'code=418' });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toContain('a create answers 200, 400');
  });
});

describe("Prism's other preferences", () => {
  it('dynamic=true is refused with what to use instead', async () => {
    const answer = await post(mock.url(), '/v1/videos/generations', BODY, { prefer: 'dynamic=true' });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/dynamic is Prism's.*outcome=\.\.\., code=NNN or example=<name>/);
  });

  it("a poll refuses the create's controls: they are packed into the job when it is created", async () => {
    const id = await createJob(mock.url(), BODY);
    const answer = await poll(mock.url(), id, { prefer: 'outcome=failed' });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toContain('send it with the POST');
    expect((await poll(mock.url(), id, { prefer: 'respond-async' })).status).toBe(202);
  });
});
