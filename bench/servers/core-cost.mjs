// The transport-free core alone: MockCore.handle() on request values, in this process, no
// socket and no node:http. Prints one JSON line { "<request>": µs per request, ... }: the
// mock's own work per request, hot (the same request over and over, after a warm-up).
//   env CORE_MODULE (the built src/server entry), CORE_SPEC (the built spec-bundle module),
//   CORE_ROUNDS (measured rounds; the fastest is kept: the machine only ever adds time)
import { pathToFileURL } from 'node:url';

const load = (file) => import(pathToFileURL(file).href);
const { createMockCore, normaliseMockOptions } = await load(process.env.CORE_MODULE);
const { requestValidators } = await load(process.env.CORE_SPEC);
const core = createMockCore(normaliseMockOptions({ quiet: true, timing: 'realistic' }), { validators: requestValidators() });
const rounds = Number(process.env.CORE_ROUNDS ?? 5);

const AUTH = 'Bearer bench-key';
const request = (method, path, headers = {}, body) => ({
  method,
  path,
  query: '',
  headers: { host: '127.0.0.1:4010', authorization: AUTH, ...headers },
  origin: 'http://127.0.0.1:4010',
  readBody: async () => body,
});
const json = (value) => new TextEncoder().encode(JSON.stringify(value));
const post = (body, headers = {}) =>
  request('POST', '/v1/videos/generations', { 'content-type': 'application/json', ...headers }, json(body));
const idOf = async (prefer) => (await core.handle(post({ prompt: 'a cat', duration: 15, resolution: '720p' }, { prefer }))).json.request_id;

const pending = await idOf('timing=slow');
const done = await idOf('timing=instant');
// A fresh request value each time, as a host builds one per request; answers are serialised as a host would.
const cases = {
  'GET pending job': () => request('GET', `/v1/videos/${pending}`),
  'GET done job': () => request('GET', `/v1/videos/${done}`),
  'POST valid body': () => post({ prompt: 'a cat', duration: 1, resolution: '480p' }),
  'POST invalid body': () => post({ prompt: 'a cat', duration: 'ten' }),
};

async function perRequest(make, n) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    let answer = core.handle(make());
    if (answer instanceof Promise) answer = await answer;
    if ((answer.jsonText ?? JSON.stringify(answer.json)).length < 2) throw new Error('empty answer');
  }
  return ((performance.now() - t0) * 1000) / n;
}

const result = {};
for (const [name, make] of Object.entries(cases)) {
  const n = name.startsWith('GET') ? 200_000 : 40_000;
  await perRequest(make, n / 4); // warm-up: the optimising compiler has seen the path
  const times = [];
  for (let r = 0; r < rounds; r++) times.push(await perRequest(make, n));
  result[name] = Math.min(...times);
}
console.log(JSON.stringify(result));
