// The check's parts in-process: what the arguments mean, how the probes tell targets
// apart (on scripted answers, no sockets), and the JUnit writer on hostile text.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseCheckArgs, UsageError } from '../../src/contract/check-args.js';
import { buildCheckReport } from '../../src/contract/check-report.js';
import { createContractSession, type SessionEnvironment } from '../../src/contract/contract-session.js';
import { createFlowRunner } from '../../src/contract/flow-runner.js';
import type { ContractFlow } from '../../src/contract/flows/contract-flow.js';
import { escapeXml, toJUnitXml } from '../../src/contract/junit-report.js';
import { LIVE_PACING, LOCAL_PACING } from '../../src/contract/pacing.js';
import { createTargetProber } from '../../src/contract/target-probe.js';

const env = { XAI_API_KEY: 'xai-test-key' };

describe('parseCheckArgs', () => {
  it('defaults to the live pace and the cheap selection', () => {
    const command = parseCheckArgs(['check', '--base-url', 'https://staging.example.com/xai/'], env);
    expect(command).toEqual({
      kind: 'check',
      args: {
        baseUrl: 'https://staging.example.com/xai',
        apiKey: 'xai-test-key',
        pacing: LIVE_PACING,
        maxCost: 'cheap',
        bodyLimitBytes: undefined,
        only: [],
        skip: [],
        junitFile: undefined,
        jsonFile: undefined,
        recordDir: undefined,
      },
    });
  });

  it('reads every flag, in seconds for the pace', () => {
    const args = [
      'check',
      ...['--poll-interval', '0.25', '--min-gap', '0', '--job-timeout', '30', '--request-timeout', '5', '--body-limit', '1024'],
      ...[
        '--only',
        'errors',
        '--only',
        'edit',
        '--skip',
        '413',
        '--include-billed',
        '--junit',
        'a.xml',
        '--json',
        'a.json',
        '--record',
        'rec',
      ],
    ];
    const command = parseCheckArgs(args, { ...env, XAI_BASE_URL: 'http://127.0.0.1:4010' });
    expect(command.kind === 'check' && command.args).toMatchObject({
      baseUrl: 'http://127.0.0.1:4010',
      pacing: { pollIntervalMs: 250, minRequestGapMs: 0, jobTimeoutMs: 30_000, requestTimeoutMs: 5000 },
      bodyLimitBytes: 1024,
      only: ['errors', 'edit'],
      skip: ['413'],
      maxCost: 'billed',
      junitFile: 'a.xml',
      jsonFile: 'a.json',
      recordDir: 'rec',
    });
    expect(parseCheckArgs(['check', '--base-url', 'http://h', '--free-only'], env)).toMatchObject({ args: { maxCost: 'free' } });
  });

  it('--list, --help and --version need neither a key nor a target', () => {
    expect(parseCheckArgs(['--list', '--only', 'errors'], {})).toEqual({ kind: 'list', only: ['errors'], skip: [] });
    expect(parseCheckArgs(['check', '-h'], {})).toEqual({ kind: 'help' });
    expect(parseCheckArgs(['--version'], {})).toEqual({ kind: 'version' });
  });

  it.each([
    [['check', '--base-url', 'ftp://h'], /http:\/\/ or https:\/\//],
    [['check', '--base-url', 'https://user:pw@h'], /no credentials/],
    [['check', '--base-url', 'http://h', '--body-limit', '1.5'], /--body-limit/],
    [['check', '--base-url', 'http://h', '--job-timeout', '0'], /--job-timeout/],
    [['check', '--base-url', 'http://h', '--only'], /argument missing/],
    [['check', '--base-url', 'http://h', 'extra'], /unexpected argument "extra"/],
    [['check'], /--base-url is required/],
    [['--base-url', 'http://h'], /expected the command "check"/],
    [['check', '--bsae-url', 'http://h'], /did you mean --base-url/],
    [['check', '--base-url', 'http://h', '--colour'], /^unknown option --colour$/],
  ])('%j is a usage error', (args, message) => {
    expect(() => parseCheckArgs(args, env)).toThrow(UsageError);
    expect(() => parseCheckArgs(args, env)).toThrow(message);
  });
});

/** A session whose fetch answers from a script: [status for a plain GET, for the same GET with Prefer]. */
function scriptedEnv(answer: (url: string, headers: Record<string, string>) => number): SessionEnvironment {
  const fetch = async (url: string | URL | Request, init?: RequestInit) =>
    new Response('{}', {
      status: answer(String(url), (init?.headers ?? {}) as Record<string, string>),
      headers: { 'content-type': 'application/json' },
    });
  const runner = createFlowRunner({
    baseUrl: 'http://target',
    apiKey: 'xai-test-key',
    pacing: LOCAL_PACING,
    fetch: fetch as typeof globalThis.fetch,
  });
  return runner.env;
}

describe('the target probes', () => {
  const probe = async (answer: (url: string, headers: Record<string, string>) => number, feature: 'mock-controls' | 'key-check') =>
    createTargetProber(createContractSession('probe', scriptedEnv(answer)), { bodyLimitBytes: undefined }).find(feature);

  it('mock controls: honoured only when Prefer changes the answer to exactly the status asked for', async () => {
    expect((await probe((_u, h) => (h.prefer ? 403 : 200), 'mock-controls')).available).toBe(true);
    expect((await probe(() => 200, 'mock-controls')).available).toBe(false); // the live API: Prefer ignored
    expect((await probe(() => 403, 'mock-controls')).available).toBe(false); // a target that always says 403
    expect((await probe(() => 404, 'mock-controls')).available).toBe(false); // no models endpoint
  });

  it('key check: a target that answers an unknown key with "not found" accepts any key', async () => {
    const accepting = await probe(() => 404, 'key-check');
    expect(accepting).toMatchObject({ available: false, evidence: expect.stringContaining('accepts any key') });
    expect((await probe(() => 400, 'key-check')).available).toBe(true);
    expect((await probe(() => 401, 'key-check')).available).toBe(true);
    // Anything else is not a reason to skip: the flow runs and reports what it sees.
    expect((await probe(() => 500, 'key-check')).available).toBe(true);
  });

  it('probes each feature once per run, and only for a flow that needs it', async () => {
    const asked: string[] = [];
    const fetch = async (url: string | URL | Request) => {
      asked.push(String(url));
      return new Response('{"code":"x","error":"y"}', { status: 404, headers: { 'content-type': 'application/json' } });
    };
    const runner = createFlowRunner({
      baseUrl: 'http://t',
      apiKey: 'k-123',
      pacing: LOCAL_PACING,
      fetch: fetch as typeof globalThis.fetch,
    });
    const flow = (name: string, requires?: ContractFlow['requires']): ContractFlow => ({
      name,
      group: 'errors',
      cost: 'free',
      sends: 'valid',
      ...(requires ? { requires } : {}),
      run: async ({ session }) => {
        await session.send({ method: 'GET', path: '/v1/videos/x' });
      },
    });
    const needsKeys = { feature: 'key-check', why: 'test' } as const;
    const results = [await runner.run(flow('a', needsKeys)), await runner.run(flow('b', needsKeys)), await runner.run(flow('c'))];
    expect(results.map((r) => r.outcome)).toEqual(['skipped', 'skipped', 'passed']);
    expect(results[0]?.skipReason).toMatch(/^test; the target accepts any key/);
    expect(asked.filter((url) => url.includes('00000000-0000'))).toHaveLength(1);
    expect(runner.findings().map((f) => f.feature)).toEqual(['key-check']);
  });
});

describe('JUnit XML', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml('a<b>&"c\'\u0000\u001b[0m\uFFFE ok')).toBe('a&lt;b&gt;&amp;&quot;c&apos;[0m ok');
  });

  it('stays well-formed whatever the server sent, and keeps the text readable', () => {
    const hostile = '</failure><script>"&\u0007 ]]> 😀';
    const report = buildCheckReport({
      version: '0.0.0',
      baseUrl: 'http://t',
      startedAtMs: 0,
      finishedAtMs: 1000,
      settings: { maxCost: 'cheap', pacing: LOCAL_PACING, bodyLimitBytes: null, only: [], skip: [], recordDir: null },
      findings: [],
      billedJobs: 0,
      recorded: [],
      results: [
        {
          flow: { name: `flow ${hostile}`, group: 'errors', cost: 'free', sends: 'valid', run: async () => {} },
          outcome: 'failed',
          skipReason: undefined,
          problems: [{ flow: 'f', exchange: 'GET /x → 500', where: 'body', message: hostile }],
          exchanges: [],
          spentTicks: 0,
          durationMs: 5,
        },
      ],
    });
    const text = toJUnitXml(report);
    expect(XMLValidator.validate(text)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text) as {
      testsuites: { testsuite: { testcase: { name: string; failure: { '#text': string } } } };
    };
    const testcase = parsed.testsuites.testsuite.testcase;
    expect(testcase.name).toBe('flow </failure><script>"& ]]> 😀'); // the bell character is gone
    expect(testcase.failure['#text']).toContain('😀');
  });
});
