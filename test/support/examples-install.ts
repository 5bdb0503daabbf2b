// Whether the examples' own install (mocks/examples/package.json: `ai` 7 and `@ai-sdk/xai` 5)
// can run here. Both declare `engines.node >= 22`, so they stay out of the root install
// (a fresh `npm ci` on Node 20 must print no EBADENGINE) and their suite runs under
// Node 22 and 24 in `make test-node-matrix`, which installs them with that Node.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EXAMPLES_MODULES = fileURLToPath(new URL('../../mocks/examples/node_modules/', import.meta.url));
export const AI_SDK_MIN_NODE = 22;

export type ExamplesInstall = { ready: true } | { ready: false; reason: string };

export function examplesInstall(nodeVersion: string = process.versions.node): ExamplesInstall {
  const major = Number(nodeVersion.split('.')[0]);
  if (major < AI_SDK_MIN_NODE) {
    return { ready: false, reason: `ai 7 and @ai-sdk/xai 5 declare Node >= ${AI_SDK_MIN_NODE}; this is Node ${nodeVersion}` };
  }
  if (!existsSync(`${EXAMPLES_MODULES}ai/package.json`) || !existsSync(`${EXAMPLES_MODULES}@ai-sdk/xai/package.json`)) {
    return { ready: false, reason: 'mocks/examples/node_modules is not installed (make examples-install)' };
  }
  return { ready: true };
}

/** Vite aliases that resolve the test's bare `ai` / `@ai-sdk/xai` imports from the examples' install. */
export function examplesAliases(): Record<string, string> {
  return { ai: `${EXAMPLES_MODULES}ai`, '@ai-sdk/xai': `${EXAMPLES_MODULES}@ai-sdk/xai` };
}

type ExportTarget = string | Record<string, string>;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The conditions Node matches for an ESM import, in its order of preference. */
const NODE_CONDITIONS = ['node', 'import', 'default'];

/**
 * Vite aliases that give the examples the package by name, as `npm install
 * xai-video-contract` gives another repository: mocks/examples/package.json (the
 * examples' own install) hides the root package, so Node's self-reference cannot find it
 * there. Read from the root's `exports`, with Node's conditions: the built files (dist/).
 */
export function packageAliases(): { find: RegExp; replacement: string }[] {
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { name: string; exports: Record<string, ExportTarget> };
  return Object.entries(pkg.exports).flatMap(([subpath, target]) => {
    const file = typeof target === 'string' ? target : NODE_CONDITIONS.map((condition) => target[condition]).find(Boolean);
    if (!file?.endsWith('.js')) return []; // types only, or not a module (the YAML, package.json)
    const specifier = `${pkg.name}${subpath.slice(1)}`.replace(/[/.]/g, (c) => `\\${c}`);
    return [{ find: new RegExp(`^${specifier}$`), replacement: `${ROOT}${file.replace(/^\.\//, '')}` }];
  });
}
