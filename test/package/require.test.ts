// A CommonJS consumer on Node >= 20.19 (require(esm) unflagged): `require()` of the ESM
// package through its `default` export conditions, in a real Node process (the matrix
// runs this file on Node 20, 22 and 24). Resolved by self-reference, as after `npm install`.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function runCommonJs(script: string): Promise<{ stdout: string; stderr: string }> {
  if (!existsSync(`${root}/dist/client/index.js`)) throw new Error('dist/ is missing: run `make build` first (make test does)');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=commonjs', '-e', script],
      { cwd: root, encoding: 'utf8', timeout: 15_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve({ stdout, stderr })),
    );
  });
}

describe(`require() on Node ${process.versions.node}`, () => {
  it("require('xai-video-contract') and '/mock': the client generates a video on the mock, with no warning", async () => {
    const { stdout, stderr } = await runCommonJs(`
      const { createVideoClient, VideoHttpError } = require('xai-video-contract');
      const { startMockServer } = require('xai-video-contract/mock');
      startMockServer({ port: 0, quiet: true, timing: 'instant' }).then(async (mock) => {
        const xai = createVideoClient({ apiKey: 'k', baseUrl: mock.url, pollIntervalMs: 10 });
        const video = await xai.generate({ prompt: 'a paper boat', duration: 1 });
        const refused = await xai.generate({ prompt: 'a paper boat', duration: 99 }).catch((error) => error);
        console.log(JSON.stringify({ duration: video.duration, httpError: refused instanceof VideoHttpError, status: refused.status }));
        await mock.close();
      });
    `);
    expect(JSON.parse(stdout)).toEqual({ duration: 1, httpError: true, status: 422 });
    expect(stderr).toBe('');
  });

  it("require('xai-video-contract/mock') starts a mock that answers plain fetch", async () => {
    const { stdout, stderr } = await runCommonJs(`
      const { startMockServer } = require('xai-video-contract/mock');
      startMockServer({ port: 0, quiet: true, timing: 'instant' }).then(async (mock) => {
        const response = await fetch(mock.url + '/v1/videos/generations', {
          method: 'POST',
          headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
          body: JSON.stringify({ prompt: 'a paper boat', duration: 1 }),
        });
        console.log(JSON.stringify({ status: response.status, body: Object.keys(await response.json()) }));
        await mock.close();
      });
    `);
    expect(JSON.parse(stdout)).toEqual({ status: 200, body: ['request_id'] });
    expect(stderr).toBe('');
  });
});
