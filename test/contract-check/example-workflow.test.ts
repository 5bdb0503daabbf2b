// The example GitHub Actions workflow (mocks/examples/contract-check.yml) cannot run here
// (no network, no runner), so it is read instead: valid YAML, and every command it gives
// the kit's bins is one those bins accept, with the reports it writes uploaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCheckArgs } from '../../src/contract/check-args.js';
import { parseCli } from '../../src/hosts/flags/parse-cli.js';
import { ROOT } from './support/check-cli.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

const workflow = parse(readFileSync(join(ROOT, 'mocks/examples/contract-check.yml'), 'utf8')) as Workflow;
const bins = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;

/** `npx <bin> args...` invocations of a step's script (commands here are single lines, no quoting). */
function invocations(step: Step, bin: string): string[][] {
  const lines = (step.run ?? '').split('\n').map((line) => line.trim());
  return lines
    .map((line) => line.replace(/\s*&$/, '').split(/\s+/))
    .filter((words) => words[0] === 'npx' && words[1] === bin)
    .map((words) => words.slice(2));
}

/** A step's env as the runner would give it: `${{ ... }}` expressions stand for some value. */
function stepEnv(step: Step): Record<string, string> {
  return Object.fromEntries(
    Object.entries(step.env ?? {}).map(([name, value]) => [
      name,
      value.includes('${{') ? (name === 'XAI_BASE_URL' ? 'https://staging.example.com' : 'from-a-secret') : value,
    ]),
  );
}

const jobs = Object.entries(workflow.jobs);

describe('the example contract-check workflow', () => {
  it('has jobs with steps, run on pull requests and on a schedule', () => {
    expect(jobs.map(([name]) => name)).toEqual(['mock', 'staging']);
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'schedule']));
  });

  it.each(jobs)('%s: installs the package and runs its real bins with flags they accept', (_name, job) => {
    expect(job.steps.some((s) => /npm install .*xai-video-contract@/.test(s.run ?? ''))).toBe(true);
    const checks = job.steps.flatMap((step) => invocations(step, 'xai-video-contract').map((args) => ({ step, args })));
    expect(checks.length).toBe(1);
    expect(Object.keys(bins)).toContain('xai-video-contract');
    for (const { step, args } of checks) {
      const command = parseCheckArgs(args, stepEnv(step));
      expect(command.kind).toBe('check');
      if (command.kind !== 'check') continue;
      expect(command.args.junitFile).toBeDefined();
      // The JUnit file is among what the job uploads.
      const uploads = job.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact')).map((s) => s.with?.path ?? '');
      expect(uploads.some((path) => command.args.junitFile?.startsWith(path))).toBe(true);
    }
  });

  it('starts the mock with flags its CLI accepts, and points the check at it', () => {
    const steps = workflow.jobs.mock?.steps ?? [];
    const mockArgs = steps.flatMap((step) => invocations(step, 'xai-video-mock'));
    expect(mockArgs.length).toBe(1);
    expect(Object.keys(bins)).toContain('xai-video-mock');
    const started = parseCli(mockArgs[0] ?? [], {});
    expect(started.kind).toBe('serve');
    const port = started.kind === 'serve' ? started.options.port : undefined;
    const check = steps.flatMap((step) => invocations(step, 'xai-video-contract').map((args) => parseCheckArgs(args, stepEnv(step))))[0];
    expect(check?.kind === 'check' && check.args.baseUrl).toBe(`http://127.0.0.1:${port}`);
  });

  it('spends nothing against staging unless someone drops --free-only on purpose', () => {
    const step = (workflow.jobs.staging?.steps ?? []).find((s) => invocations(s, 'xai-video-contract').length > 0);
    const command = step ? parseCheckArgs(invocations(step, 'xai-video-contract')[0] ?? [], stepEnv(step)) : undefined;
    expect(command?.kind === 'check' && command.args.maxCost).toBe('free');
    expect(step?.env?.XAI_API_KEY).toContain('secrets.');
  });
});
