// Runs each generator's own CLI on the spec (as a consuming repository's build would) and
// the TypeScript compiler on what they wrote plus the flows written with it. The output
// goes to test/generators/out/ (gitignored): it is not a product of this repository, and
// regenerating it on every run is the proof that the current spec still generates.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const GENERATORS_DIR = fileURLToPath(new URL('./', import.meta.url));
const ROOT_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));
/**
 * Where the generators come from: the root install (the newest releases that support
 * Node 20), or XAI_GENERATORS_MODULES, which `make test-node-matrix` points at
 * .ci/generators-next (the newest releases, Node >= 22.18) under Node 22 and 24.
 */
export const GENERATOR_MODULES = process.env.XAI_GENERATORS_MODULES
  ? `${process.env.XAI_GENERATORS_MODULES.replace(/\/$/, '')}/`
  : ROOT_MODULES;

function manifest(modules: string, packageName: string): { version: string; bin: string | Record<string, string> } {
  return JSON.parse(readFileSync(`${modules}${packageName}/package.json`, 'utf8'));
}

/** A package's CLI file, read from its `bin` (orval's `exports` hide its package.json from require.resolve). */
function cliPath(modules: string, packageName: string, command: string): string {
  const { bin } = manifest(modules, packageName);
  const file = typeof bin === 'string' ? bin : bin[command];
  if (!file) throw new Error(`${packageName} has no "${command}" command`);
  return `${modules}${packageName}/${file}`;
}

export interface ToolRun {
  code: number;
  /** stdout and stderr, colour codes removed. */
  output: string;
  stderr: string;
}

export interface Generator {
  name: 'hey-api' | 'orval';
  /** The package and the command `npx` would run. */
  packageName: string;
  command: string;
  args: string[];
  outDir: string;
}

export const GENERATORS: Generator[] = [
  {
    name: 'hey-api',
    packageName: '@hey-api/openapi-ts',
    command: 'openapi-ts',
    args: ['-f', 'openapi-ts.config.ts'],
    outDir: 'out/hey-api',
  },
  { name: 'orval', packageName: 'orval', command: 'orval', args: ['--config', 'orval.config.ts'], outDir: 'out/orval' },
];

/** "@hey-api/openapi-ts 0.95.0": the generator as the test runs it. */
export function describeGenerator(generator: Generator): string {
  return `${generator.packageName} ${manifest(GENERATOR_MODULES, generator.packageName).version}`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are control characters
const ANSI = /\u001b\[[0-9;]*m/g;

function run(file: string, args: string[]): Promise<ToolRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [file, ...args],
      { cwd: GENERATORS_DIR, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}${stderr}`.replace(ANSI, ''), stderr: stderr.replace(ANSI, '') });
      },
    );
  });
}

/** Wipes the generator's folder first, so a stale output can never pass for a fresh one. */
export async function generate(generator: Generator): Promise<ToolRun> {
  await rm(`${GENERATORS_DIR}${generator.outDir}`, { recursive: true, force: true });
  return run(cliPath(GENERATOR_MODULES, generator.packageName, generator.command), generator.args);
}

/** `tsc -p test/generators/tsconfig.json`: strict, over both outputs and the flows. */
export function compileStrict(): Promise<ToolRun> {
  return run(cliPath(ROOT_MODULES, 'typescript', 'tsc'), ['-p', 'tsconfig.json']);
}

/** Lines a generator prints that a consumer would have to read: warnings, errors, deprecations. */
export function complaints(output: string): string[] {
  return output.split('\n').filter((line) => /warn|error|deprecat|⚠|invalid|unsupported|skipp/i.test(line));
}
