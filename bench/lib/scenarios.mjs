// The throughput scenarios: which request each server gets, and the status it must answer.
// The same workload goes to every server: a poll (GET /v1/videos/{request_id}) and a
// create (POST /v1/videos/generations, valid and invalid body).
import { AUTH, EXAMPLE_ID, INVALID_BODY, JSON_HEADERS, LONG_JOB_BODY, VALID_BODY } from './config.mjs';
import { request } from './proc.mjs';

export const SCENARIOS = [
  { id: 'get-pending', title: 'GET status of a pending job', kind: 'get' },
  { id: 'get-done', title: 'GET of a done job', kind: 'get' },
  { id: 'post-valid', title: 'POST /v1/videos/generations, valid body', kind: 'post' },
  { id: 'post-invalid', title: 'POST /v1/videos/generations, invalid body', kind: 'post' },
];

/** Headers node:http writes on its own (or bare.mjs writes, as the mock's host does): left out of an answer's copy. */
const WRITTEN_BY_HOST = new Set(['date', 'connection', 'keep-alive', 'content-length', 'content-type', 'transfer-encoding']);

/**
 * A mock's answer as `servers/bare.mjs` answers it: status, body text, and the headers the
 * mock chose (x-request-id, CORS), so that the ceiling writes the same response.
 */
export function bareAnswer({ status, headers, text }) {
  return { status, body: text, headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !WRITTEN_BY_HOST.has(name))) };
}

/** Creates a job on the mock and returns its id and the GET answer (`bareAnswer`) once it has `wantStatus`. */
export async function mockJob(mockUrl, prefer, wantStatus) {
  const created = await request(`${mockUrl}/v1/videos/generations`, {
    method: 'POST',
    headers: { ...JSON_HEADERS, Prefer: prefer },
    body: wantStatus === 202 ? LONG_JOB_BODY : VALID_BODY,
  });
  if (created.status !== 200 || !created.json?.request_id) {
    throw new Error(`mock: creating a job (${prefer}) answered ${created.status} ${created.text.slice(0, 200)}`);
  }
  const id = created.json.request_id;
  const deadline = Date.now() + 5000;
  for (;;) {
    const got = await request(`${mockUrl}/v1/videos/${id}`, { headers: AUTH });
    if (got.status === wantStatus) return { id, ...bareAnswer(got) };
    if (Date.now() > deadline) throw new Error(`mock: job ${id} (${prefer}) answered ${got.status}, wanted ${wantStatus}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The request each server gets in `scenario`, keyed by server name, with its pid. */
export function targetsFor(scenario, servers, jobs) {
  const targets = requestsFor(scenario, servers, jobs);
  for (const [name, target] of Object.entries(targets)) target.pid = servers[name].pid;
  return targets;
}

function requestsFor(scenario, servers, jobs) {
  const { mock, prism, steady, bare } = servers;
  const example = `/v1/videos/${EXAMPLE_ID}`;
  switch (scenario.id) {
    case 'get-pending':
      return {
        mock: {
          url: `${mock.url}/v1/videos/${jobs.pending.id}`,
          headers: AUTH,
          expectStatus: 202,
          // a new pending job before every run, so that none finishes during a run
          fresh: async () => `${mock.url}/v1/videos/${(await mockJob(mock.url, 'timing=slow', 202)).id}`,
        },
        // Prism answers its first listed response (200) unless asked for the 202 example.
        prism: { url: `${prism.url}${example}`, headers: { ...AUTH, Prefer: 'code=202' }, expectStatus: 202 },
        // Steady has no way to ask for another response than the first (200, done).
        steady: { url: `${steady.url}${example}`, headers: AUTH, expectStatus: 200 },
        bare: { url: `${bare.url}/v1/videos/${jobs.pending.id}`, headers: AUTH, expectStatus: 202 },
      };
    case 'get-done':
      return {
        mock: { url: `${mock.url}/v1/videos/${jobs.done.id}`, headers: AUTH, expectStatus: 200 },
        prism: { url: `${prism.url}${example}`, headers: AUTH, expectStatus: 200 },
        steady: { url: `${steady.url}${example}`, headers: AUTH, expectStatus: 200 },
        bare: { url: `${bare.url}/v1/videos/${jobs.done.id}`, headers: AUTH, expectStatus: 200 },
      };
    case 'post-valid':
    case 'post-invalid': {
      const valid = scenario.id === 'post-valid';
      const post = (base, expectStatus) => ({
        url: `${base}/v1/videos/generations`,
        method: 'POST',
        headers: JSON_HEADERS,
        body: valid ? VALID_BODY : INVALID_BODY,
        expectStatus,
      });
      // Steady rejects what it attributes to the client with 400; the mock and Prism with 422.
      return {
        mock: post(mock.url, valid ? 200 : 422),
        prism: post(prism.url, valid ? 200 : 422),
        steady: post(steady.url, valid ? 200 : 400),
      };
    }
    default:
      throw new Error(`unknown scenario ${scenario.id}`);
  }
}

/** Sends the scenario's request once to a server and checks the status. */
export async function probe(name, target) {
  const res = await request(target.url, { method: target.method, headers: target.headers, body: target.body });
  if (res.status !== target.expectStatus) {
    throw new Error(
      `${name}: ${target.method ?? 'GET'} ${target.url} answered ${res.status}, expected ${target.expectStatus}: ${res.text.slice(0, 300)}`,
    );
  }
  return res;
}
