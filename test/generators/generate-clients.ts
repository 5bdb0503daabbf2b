// Runs each generator's own CLI on the spec (as a consuming repository's build would) and
// the TypeScript compiler on what they wrote plus the flows written with it. The output
// goes to test/generators/out/ (gitignored): it is not a product of this repository, and
// regenerating it on every run is the proof that the current spec still generates.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const GENERATORS_DIR = fileURLToPath(new URL('./', import.meta.url));
const NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));

/** A CLI file by path (orval's `exports` hide its package.json from require.resolve). */
const cliPath = (packageName: string, file: string) => `${NODE_MODULES}${packageName}/${file}`;

export interface ToolRun {
  code: number;
  /** stdout and stderr, colour codes removed. */
  output: string;
  stderr: string;
}

export interface Generator {
  name: 'hey-api' | 'orval';
  /** Package and CLI file that `npx` would run. */
  cli: [packageName: string, file: string];
  args: string[];
  outDir: string;
}

export const GENERATORS: Generator[] = [
  { name: 'hey-api', cli: ['@hey-api/openapi-ts', 'bin/run.js'], args: ['-f', 'openapi-ts.config.ts'], outDir: 'out/hey-api' },
  { name: 'orval', cli: ['orval', 'dist/bin/orval.js'], args: ['--config', 'orval.config.ts'], outDir: 'out/orval' },
];

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
  return run(cliPath(...generator.cli), generator.args);
}

/** `tsc -p test/generators/tsconfig.json`: strict, over both outputs and the flows. */
export function compileStrict(): Promise<ToolRun> {
  return run(cliPath('typescript', 'bin/tsc'), ['-p', 'tsconfig.json']);
}

/** Lines a generator prints that a consumer would have to read: warnings, errors, deprecations. */
export function complaints(output: string): string[] {
  return output.split('\n').filter((line) => /warn|error|deprecat|⚠|invalid|unsupported|skipp/i.test(line));
}
