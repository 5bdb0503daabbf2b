// The check's bin as a user meets it before any flow runs, and the one way a target can
// leak the key into what the check writes: --help, --list, usage errors with their own
// exit status, and a server that echoes the Authorization header back.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_FLOWS } from '../../src/contract/flows/flow-catalogue.js';
import { startEchoKeyServer, type EchoKeyServer } from './support/echo-key-server.js';
import { LOOPBACK_PACE, runCheckCli } from './support/check-cli.js';

const KEY = 'xai-FAKE-echoed-key-0c81d27a94e6';

describe('--help and --list', () => {
  it('--help prints the usage and exits 0', async () => {
    const run = await runCheckCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: xai-video-contract check --base-url <url> \[options\]/);
    for (const flag of ['--base-url', '--only', '--include-billed', '--free-only', '--junit', '--json', '--record', '--list']) {
      expect(run.stdout).toContain(flag);
    }
  });

  it('--list prints every flow with its group and cost, without a key or a target', async () => {
    const run = await runCheckCli(['check', '--list']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    for (const flow of CONTRACT_FLOWS) {
      const line = lines.find((l) => l.endsWith(flow.name));
      expect(line, flow.name).toBeDefined();
      expect(line).toMatch(new RegExp(`^${flow.cost}\\s+\\S+\\s+${flow.group}\\s`));
    }
  });

  it('--list --only lists the matching flows only', async () => {
    const run = await runCheckCli(['--list', '--only', 'lifecycle']);
    expect(run.code, run.stderr).toBe(0);
    const listed = CONTRACT_FLOWS.filter((f) => run.stdout.includes(f.name)).map((f) => f.group);
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed)).toEqual(new Set(['lifecycle']));
  });
});

describe('usage errors exit 2, drift exits 1', () => {
  it.each([
    [['check', '--bse-url', 'http://127.0.0.1:9'], /unknown option --bse-url \(did you mean --base-url\?\)/],
    [['check', '--base-url', 'http://127.0.0.1:9', '--include-biled'], /did you mean --include-billed\?/],
    [['check', '--base-url', 'http://127.0.0.1:9', '--only', 'no-such-flow'], /--only "no-such-flow" matches no flow/],
    [['check', '--base-url', 'https://api.x.ai/v1'], /without \/v1/],
    [['check', '--base-url', 'http://127.0.0.1:9', '--free-only', '--include-billed'], /contradict/],
    [['check', '--base-url', 'http://127.0.0.1:9', '--poll-interval', 'soon'], /--poll-interval: expected seconds/],
    [['verify', '--base-url', 'http://127.0.0.1:9'], /unknown command "verify"/],
  ])('%j', async (args, message) => {
    const run = await runCheckCli(args, { env: { XAI_API_KEY: KEY } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('refuses to start without XAI_API_KEY', async () => {
    const run = await runCheckCli(['check', '--base-url', 'http://127.0.0.1:9']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('XAI_API_KEY is not set');
  });
});

describe('a target that echoes the key back', () => {
  let echo: EchoKeyServer;
  let dir: string;
  beforeAll(async () => {
    echo = await startEchoKeyServer();
    dir = mkdtempSync(join(tmpdir(), 'xai-video-echo-'));
  });
  afterAll(async () => {
    await echo?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('never shows, reports or records the key, though every answer carried it', async () => {
    const files = { junit: join(dir, 'check.xml'), json: join(dir, 'check.json'), record: join(dir, 'recorded') };
    const args = ['check', '--base-url', echo.url, '--only', 'errors', ...LOOPBACK_PACE];
    const run = await runCheckCli([...args, '--junit', files.junit, '--json', files.json, '--record', files.record], {
      env: { XAI_API_KEY: KEY },
    });
    expect(run.code).toBe(1); // every answer is a 400: drift
    const recordings = readdirSync(files.record).map((name) => readFileSync(join(files.record, name), 'utf8'));
    expect(recordings.length).toBeGreaterThan(0);
    const written = [run.stdout, run.stderr, readFileSync(files.junit, 'utf8'), readFileSync(files.json, 'utf8'), ...recordings];
    for (const text of written) expect(text).not.toContain(KEY);
    // The echo did reach every one of them: redacted, not absent.
    for (const text of [run.stdout, readFileSync(files.json, 'utf8'), recordings.join('\n')]) expect(text).toContain('Bearer <redacted>');
    expect(readFileSync(files.junit, 'utf8')).toContain('Bearer &lt;redacted&gt;');
  });
});
