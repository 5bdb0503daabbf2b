// Another repository imports the client, the types, the mock and the contract check through the package's
// exports (resolved here by self-reference, as a consumer's Node would after `npm install`).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function importFromPackage(specifier: string): string[] {
  if (!existsSync(`${root}/dist/client/index.js`)) throw new Error('dist/ is missing: run `make build` first (make test does)');
  const script = `import(${JSON.stringify(specifier)}).then((m) => console.log(JSON.stringify(Object.keys(m).sort())))`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })) as string[];
}

describe('package exports', () => {
  it('the root export is the client, with its error classes and no default export', () => {
    const names = importFromPackage('xai-video-contract');
    expect(names).toEqual(
      expect.arrayContaining(['createVideoClient', 'VideoFailedError', 'VideoHttpError', 'VideoModeratedError', 'VideoTimeoutError']),
    );
    expect(names).not.toContain('default');
  });

  it('./mock exports startMockServer and createMockFetchHandler in Node', () => {
    expect(importFromPackage('xai-video-contract/mock')).toEqual(expect.arrayContaining(['startMockServer', 'createMockFetchHandler']));
  });

  it('./msw exports createVideoHandlers', () => {
    expect(importFromPackage('xai-video-contract/msw')).toContain('createVideoHandlers');
  });

  it('./contract exports the check, its flows and their runner', () => {
    expect(importFromPackage('xai-video-contract/contract')).toEqual(
      expect.arrayContaining(['CONTRACT_FLOWS', 'createFlowRunner', 'runContractCheck', 'toJUnitXml']),
    );
  });

  it('./types points at the committed generated declarations', () => {
    const pkg = JSON.parse(
      execFileSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json").exports["./types"])'], {
        cwd: root,
        encoding: 'utf8',
      }),
    );
    expect(existsSync(`${root}/${pkg.types}`)).toBe(true);
  });
});
