// Proof that the Prism judge can fail: in front of the drifted server, Prism must report
// every drift it can see (test/fixtures/drifts.ts says which, and why not the others).
// Prism replaces a violating 2xx with its own 500, which would stop a flow at its first
// drift, so this test sends each request the drifts hide behind directly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContractSession } from '../../src/contract/contract-session.js';
import { editBody, extendBody, textToVideoBody } from '../../src/contract/flows/request-bodies.js';
import { createJob, pollJob, type CreateOperation } from '../../src/contract/video-jobs.js';
import { DRIFTS } from '../fixtures/drifts.js';
import { startDriftedServer, type DriftedServer } from '../fixtures/drifted-server.js';
import { createMockRunner } from '../support/contract-mock.js';
import { prismViolations, startPrismProxy, type PrismProxy, type PrismViolation } from '../support/prism-proxy.js';

let drifted: DriftedServer;
let prism: PrismProxy;
let violations: PrismViolation[] = [];

const SOURCE = { url: 'https://example.com/source.mp4' };
const CREATES: [CreateOperation, unknown][] = [
  ['extendVideo', extendBody(SOURCE)],
  ['editVideo', editBody(SOURCE.url)],
];

async function driveEveryDrift(session: ContractSession): Promise<void> {
  const id = await createJob(session, 'generateVideo', textToVideoBody());
  if (id) {
    await pollJob(session, id); // the drifted server's first poll: processing
    await pollJob(session, id); // then done, with duration as a string
  }
  for (const [operationId, body] of CREATES) await createJob(session, operationId, body);
}

beforeAll(async () => {
  drifted = await startDriftedServer();
  prism = await startPrismProxy(drifted.url);
  const runner = createMockRunner(prism.url);
  const session = await runner.run({
    name: 'every drift through Prism',
    group: 'lifecycle',
    sends: 'valid',
    cost: 'free',
    run: ({ session: s }) => driveEveryDrift(s),
  });
  violations = prismViolations(session.exchanges);
}, 90_000);

afterAll(async () => {
  await prism?.stop();
  await drifted?.close();
});

describe('Prism proxy --errors in front of a drifted server', () => {
  const visible = DRIFTS.filter((drift) => drift.prism !== null);
  it.each(visible.map((drift) => [drift.id, drift] as const))('reports the drift %s', (_id, drift) => {
    const expected = drift.prism!;
    const found = violations.filter(
      (v) => v.exchange.startsWith(expected.exchange) && `${v.location} ${v.message}`.includes(expected.violation),
    );
    expect(found.length, `${drift.description}: not among\n${JSON.stringify(violations, null, 1)}`).toBeGreaterThan(0);
  });
});
