// The check needs nothing but the installed package: a consumer's node_modules holds the
// package's files (package.json "files") and its production dependencies, none of this
// repository's dev dependencies. Laid out that way in a temporary folder, the bin must
// list the flows and pass a run against the mock.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/contract/index.js';
import type { RunningMockServer } from '../../src/hosts/index.js';
import { CONTRACT_MOCK_MAX_BODY_BYTES } from '../support/body-limit.js';
import { MOCK_API_KEY, startContractMock } from '../support/contract-mock.js';
import { checkBinPath, LOOPBACK_PACE, ROOT, runCheckCli } from './support/check-cli.js';

interface LockEntry {
  dev?: boolean;
}

/** Top-level production packages of the lockfile (nested ones live inside their parent's folder). */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  return Object.entries(lock.packages)
    .filter(
      ([path, entry]) => path.startsWith('node_modules/') && !path.slice('node_modules/'.length).includes('node_modules/') && !entry.dev,
    )
    .map(([path]) => path.slice('node_modules/'.length));
}

/** A consumer folder: the package copied (so its imports resolve from there), its dependencies linked. */
function installConsumer(dir: string): string {
  const installed = join(dir, 'node_modules', 'xai-video-contract');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
  mkdirSync(installed, { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(installed, 'package.json'));
  for (const entry of pkg.files) cpSync(join(ROOT, entry), join(installed, entry), { recursive: true });
  for (const name of productionPackages()) {
    const link = join(dir, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), link, 'dir');
  }
  return installed;
}

let dir: string;
let bin: string;
let mock: RunningMockServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xai-video-consumer-'));
  bin = checkBinPath(installConsumer(dir));
  mock = await startContractMock();
}, 60_000);

afterAll(async () => {
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the installed package, production dependencies only', () => {
  it('has no dev dependency among the packages it can load', () => {
    const dev = ['vitest', 'tsx', 'typescript', 'fast-xml-parser', '@apidevtools/swagger-parser', 'dredd'];
    const linked = productionPackages();
    for (const name of dev) expect(linked).not.toContain(name);
    expect(linked).toEqual(expect.arrayContaining(['ajv', 'fastest-levenshtein']));
  });

  it('lists the flows', async () => {
    const run = await runCheckCli(['--list'], { bin, cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('text-to-video: create, poll to done, download an MP4');
  });

  it('passes every free flow against the mock, the key and body limit checks included', async () => {
    const report = join(dir, 'report.json');
    const args = ['check', '--base-url', mock.url, '--free-only', '--body-limit', String(CONTRACT_MOCK_MAX_BODY_BYTES), ...LOOPBACK_PACE];
    const run = await runCheckCli([...args, '--json', report], { bin, cwd: dir, env: { XAI_API_KEY: MOCK_API_KEY } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const { flows, totals } = JSON.parse(readFileSync(report, 'utf8')) as CheckReport;
    expect(totals.failed).toBe(0);
    expect(flows.filter((f) => f.cost === 'free').every((f) => f.outcome === 'passed')).toBe(true);
    expect(totals.passed).toBeGreaterThan(25);
  }, 60_000);
});
