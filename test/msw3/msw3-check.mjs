// msw 3.x (which needs Node 22+) against the built package, run by scripts/test-msw3.sh
// under Node 24 from a separate install (node_modules/.cache/msw3), where `msw` is 3.x
// and `xai-video-contract` is a copy of this package's build. The same flow as the
// consumer example: setupServer + the typed client, generate to done, the video file,
// an error in the live shape, the models endpoint and the admin surface.
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { createVideoClient, VideoFailedError } from 'xai-video-contract';
import { createVideoHandlers } from 'xai-video-contract/msw';

const mswVersion = (await import('msw/package.json', { with: { type: 'json' } })).default.version;
assert.match(mswVersion, /^3\./, `expected msw 3.x, got ${mswVersion}`);

const server = setupServer(...createVideoHandlers({ polls: 2 }));
server.listen({ onUnhandledRequest: 'error' });
const checks = [];
const check = async (name, run) => {
  try {
    await run();
    checks.push([name, true]);
  } catch (error) {
    checks.push([name, false]);
    console.error(`FAIL ${name}: ${error?.stack ?? error}`);
  }
};

const client = createVideoClient({ apiKey: 'msw3-key', pollIntervalMs: 1 });
await check('generate to done', async () => {
  const video = await client.generate({ prompt: 'a paper boat', duration: 2 });
  assert.equal(video.duration, 2);
  assert.match(video.url, /^https:\/\/api\.x\.ai\/__mock\/videos\/xai-video-.+\.mp4$/);
  const mp4 = new Uint8Array(await (await fetch(video.url)).arrayBuffer());
  assert.equal(new TextDecoder().decode(mp4.subarray(4, 8)), 'ftyp');
});
await check('a failed job is a VideoFailedError', async () => {
  await assert.rejects(client.generate({ prompt: 'a cat [mock: outcome=failed]' }), VideoFailedError);
});
await check('bad input in the live error shape', async () => {
  const response = await fetch('https://api.x.ai/v1/videos/generations', {
    method: 'POST',
    headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
    body: '{"prompt": "a", "duration": 99}',
  });
  assert.equal(response.status, 422);
  assert.equal((await response.json()).code, 'invalid-argument');
});
await check('the models endpoint, from the capability table', async () => {
  const headers = { authorization: 'Bearer k' };
  const list = await (await fetch('https://api.x.ai/v1/video-generation-models', { headers })).json();
  assert.ok(list.models.some((model) => model.id === 'grok-imagine-video-1.5-lite'));
  const alias = await fetch('https://api.x.ai/v1/video-generation-models/grok-imagine-video-1.5-preview', { headers });
  assert.equal((await alias.json()).id, 'grok-imagine-video-1.5');
  assert.equal((await fetch('https://api.x.ai/v1/video-generation-models/nope', { headers })).status, 404);
});
await check('the admin surface', async () => {
  assert.equal((await (await fetch('https://api.x.ai/__mock/health')).json()).status, 'ok');
});
server.close();

const passed = checks.filter(([, ok]) => ok).length;
console.log(`msw ${mswVersion} on Node ${process.versions.node}`);
console.log(`${passed} passed, ${checks.length - passed} failed`);
process.exit(passed === checks.length ? 0 : 1);
