// `xai-video-contract check` as another repository's CI runs it: the built bin in a real
// process, against the mock in its default mode (any key, no body limit told, jobs on a
// sped-up realistic clock) and against a drifted server. Exit codes, the summary, the
// JUnit XML and the JSON report are read back as a CI system would.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/contract/index.js';
import { CONTRACT_FLOWS } from '../../src/contract/flows/flow-catalogue.js';
import { startMockServer, type RunningMockServer } from '../../src/hosts/index.js';
import { DRIFTS } from '../fixtures/drifts.js';
import { startDriftedServer, type DriftedServer } from '../fixtures/drifted-server.js';
import { LOOPBACK_PACE, runCheckCli, type CliRun } from './support/check-cli.js';

/** Distinctive, so that any leak of it is found by a plain substring search. */
const KEY = 'xai-FAKE-contract-check-key-7f3c9a1e5b2d';
const env = { XAI_API_KEY: KEY };

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['testsuite', 'testcase'].includes(name),
});
interface JUnitCase {
  name: string;
  skipped?: { message: string };
  failure?: { message: string; '#text': string };
}
interface JUnitSuite {
  name: string;
  tests: string;
  failures: string;
  skipped: string;
  testcase: JUnitCase[];
}

function readJUnit(file: string): { root: Record<string, string>; suites: JUnitSuite[]; cases: JUnitCase[] } {
  const text = readFileSync(file, 'utf8');
  expect(XMLValidator.validate(text)).toBe(true);
  const root = (xml.parse(text) as { testsuites: Record<string, string> & { testsuite: JUnitSuite[] } }).testsuites;
  return { root, suites: root.testsuite, cases: root.testsuite.flatMap((suite) => suite.testcase) };
}

const readReport = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as CheckReport;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'xai-video-check-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('against the mock in its default mode', () => {
  let mock: RunningMockServer;
  let cwd: string;
  let run: CliRun;

  beforeAll(async () => {
    mock = await startMockServer({ port: 0, host: '127.0.0.1', quiet: true, timeScale: 20 });
    cwd = mkdtempSync(join(work, 'default-'));
    const args = [
      'check',
      '--base-url',
      mock.url,
      '--include-billed',
      ...LOOPBACK_PACE,
      '--junit',
      'out/check.xml',
      '--json',
      'out/check.json',
    ];
    run = await runCheckCli(args, { env, cwd });
  }, 120_000);
  afterAll(() => mock?.close());

  it('exits 0 and prints a summary of every flow', () => {
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`xai-video-contract check: ${mock.url}`);
    for (const flow of CONTRACT_FLOWS) expect(run.stdout).toContain(flow.name);
    expect(run.stdout).toMatch(/^44 passed, 0 failed, 2 skipped$/m);
    expect(run.stdout).toMatch(/spent \$\d+\.\d{4} \(usage\.cost_in_usd_ticks of \d+ jobs\)/);
  });

  it('skips the unknown-key flow because the target accepts any key, and says so', () => {
    const flow = readReport(join(cwd, 'out/check.json')).flows.find((f) => f.name.includes('unknown key'));
    expect(flow?.outcome).toBe('skipped');
    expect(flow?.skipReason).toMatch(/accepts any key.*404.*--api-key/);
    expect(run.stdout).toMatch(/SKIP {2}\[errors\] a well-formed unknown key is refused/);
    expect(run.stdout).toContain(flow?.skipReason);
  });

  it('writes a JSON report: every flow passed or skipped with a reason, and what it spent', () => {
    const report = readReport(join(cwd, 'out/check.json'));
    expect(report.flows.map((f) => f.name)).toEqual(CONTRACT_FLOWS.map((f) => f.name));
    expect(report.totals).toMatchObject({ flows: 46, passed: 44, failed: 0, skipped: 2, problems: 0 });
    for (const flow of report.flows) {
      expect(['passed', 'skipped']).toContain(flow.outcome);
      if (flow.outcome === 'skipped') expect(flow.skipReason?.length, flow.name).toBeGreaterThan(20);
    }
    expect(report.totals.spentUsd).toBeGreaterThan(0);
    expect(report.totals.responsesChecked).toBeGreaterThan(100);
    expect(report.target.map((t) => [t.feature, t.available])).toEqual(
      expect.arrayContaining([
        ['mock-controls', true],
        ['key-check', false],
        ['body-limit', false],
      ]),
    );
  });

  it('writes JUnit XML: one test case per flow, the skips with their reasons', () => {
    const { root, cases } = readJUnit(join(cwd, 'out/check.xml'));
    expect(root).toMatchObject({ tests: '46', failures: '0', skipped: '2' });
    expect(cases.map((c) => c.name).sort()).toEqual(CONTRACT_FLOWS.map((f) => f.name).sort());
    const skipped = cases.filter((c) => c.skipped !== undefined);
    expect(skipped.map((c) => c.name).sort()).toEqual([
      'a body over the size limit → 413',
      'a well-formed unknown key is refused (400 or 401)',
    ]);
    for (const c of skipped) expect(c.skipped?.message).toMatch(/unknown|accepts any key/);
    expect(cases.some((c) => c.failure !== undefined)).toBe(false);
  });

  it('writes only the files it was asked for (no recording without --record), and never the key', () => {
    expect(readdirSync(cwd)).toEqual(['out']);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['check.json', 'check.xml']);
    const files = ['out/check.json', 'out/check.xml'].map((f) => readFileSync(join(cwd, f), 'utf8'));
    for (const text of [run.stdout, run.stderr, ...files]) expect(text).not.toContain(KEY);
  });

  it('runs the free flows and the minimal billed chain by default; --only and --skip narrow it', async () => {
    const file = join(work, 'only.json');
    const only = ['--only', 'generation', '--only', 'unknown request_id', '--skip', 'data: URI'];
    const result = await runCheckCli(['check', '--base-url', mock.url, ...only, ...LOOPBACK_PACE, '--json', file], { env });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const flows = readReport(file).flows;
    const expected = CONTRACT_FLOWS.filter((f) => f.group === 'generation' || f.name.includes('unknown request_id'));
    expect(flows.map((f) => f.name)).toEqual(expected.map((f) => f.name));
    const outcome = Object.fromEntries(flows.map((f) => [f.name, [f.outcome, f.skipReason]]));
    expect(outcome['text-to-video: create, poll to done, download an MP4']).toEqual(['passed', null]);
    expect(outcome['404 for an unknown request_id']).toEqual(['passed', null]);
    expect(outcome['image-to-video from a data: URI']).toEqual(['skipped', 'excluded by --skip "data: URI"']);
    expect(outcome['reference-to-video at its limits (10 s, 720p, url and file_id references)']?.[1]).toMatch(/--include-billed/);
  }, 60_000);

  it('--record DIR writes the responses it saw (status and body), each valid against the spec', async () => {
    const dir = join(work, 'recorded');
    const args = [
      'check',
      '--base-url',
      mock.url,
      '--only',
      'text-to-video: create',
      '--only',
      'Content-Type text/plain',
      ...LOOPBACK_PACE,
      '--record',
      dir,
    ];
    const result = await runCheckCli(args, { env });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(
      expect.arrayContaining(['generateVideo-200-created.json', 'getVideo-200-done.json', 'generateVideo-415-unsupported-media-type.json']),
    );
    expect(result.stdout).toContain(`recorded ${files.length} responses under ${dir}`);
    for (const name of files) {
      const recording = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(recording).sort()).toEqual(['body', 'operationId', 'source', 'status']);
      expect(recording.source).toMatch(new RegExp(`^recorded from ${mock.url} \\d{4}-`));
      expect(JSON.stringify(recording)).not.toContain(KEY);
    }
  }, 60_000);
});

describe('against a drifted server', () => {
  let drifted: DriftedServer;
  let run: CliRun;
  let report: CheckReport;
  let junit: ReturnType<typeof readJUnit>;

  beforeAll(async () => {
    drifted = await startDriftedServer();
    const dir = mkdtempSync(join(work, 'drifted-'));
    const args = [
      'check',
      '--base-url',
      drifted.url,
      ...LOOPBACK_PACE,
      '--junit',
      join(dir, 'check.xml'),
      '--json',
      join(dir, 'check.json'),
    ];
    run = await runCheckCli(args, { env });
    report = readReport(join(dir, 'check.json'));
    junit = readJUnit(join(dir, 'check.xml'));
  }, 120_000);
  afterAll(() => drifted?.close());

  it('exits 1 (drift)', () => {
    expect(run.code, run.stderr).toBe(1);
    expect(report.totals.failed).toBeGreaterThan(0);
    expect(run.stdout).toMatch(new RegExp(`^\\d+ passed, ${report.totals.failed} failed, \\d+ skipped$`, 'm'));
  });

  const problems = () => report.flows.flatMap((f) => f.problems);
  it.each(DRIFTS.map((drift) => [drift.id, drift] as const))('reports the drift %s in the JSON report and the summary', (_id, drift) => {
    const found = problems().filter(drift.contract);
    expect(found.length, `${drift.description}: not among\n${JSON.stringify(problems(), null, 1)}`).toBeGreaterThan(0);
    for (const problem of found) expect(run.stdout).toContain(`${problem.exchange} ${problem.where}: ${problem.message}`);
  });

  it('marks every drifted flow as a JUnit failure that lists its problems', () => {
    const failed = report.flows.filter((f) => f.outcome === 'failed');
    const failures = junit.cases.filter((c) => c.failure !== undefined);
    expect(junit.root.failures).toBe(String(failed.length));
    expect(failures.map((c) => c.name)).toEqual(failed.map((f) => f.name));
    for (const flow of failed) {
      const text = failures.find((c) => c.name === flow.name)?.failure?.['#text'] ?? '';
      for (const problem of flow.problems) expect(text).toContain(problem.message);
    }
  });

  it('skips the flows that need the mock controls: the drifted server does not honour them', () => {
    const lifecycle = report.flows.filter((f) => f.group === 'lifecycle');
    expect(lifecycle.length).toBeGreaterThan(0);
    for (const flow of lifecycle) expect(flow.skipReason).toMatch(/ignores the mock's controls/);
  });
});
