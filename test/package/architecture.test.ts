// The layout's promises, checked on the sources: the folders of src/ import each other as
// a DAG (no two folders import each other), the core imports no page and no host, and
// everything the portable entries (the fetch handler outside Node, the MSW handlers)
// reach uses no Node-only API.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
/** Replaced in the build by a portable module of the same exports (scripts/build-spec.mjs). */
const REPLACED_BY_BUILD = join(SRC, 'spec/spec-bundle.ts');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });

/** Drops comments so that documentation may mention what code may not use. */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

/** Relative modules a file imports, statically or on demand; `runtime`: without the type-only ones (erased). */
function localImports(file: string, runtime = true): string[] {
  const text = code(file);
  const statics = [...text.matchAll(/^\s*(?:import|export)\s+(type\s)?[^;]*?from\s+['"](\.[^'"]+)['"]/gm)]
    .filter((m) => !(runtime && m[1]))
    .map((m) => m[2]!);
  const dynamic = [...text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);
  return [...statics, ...dynamic].map((specifier) => resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
}

const folderOf = (file: string) => relative(SRC, file).split('/')[0]!;

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    for (const target of localImports(file, false)) {
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from !== to) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

function reachable(entries: string[]): string[] {
  const seen = new Set<string>();
  for (const queue = [...entries]; queue.length > 0; ) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file !== REPLACED_BY_BUILD) queue.push(...localImports(file));
  }
  return [...seen];
}

describe('the folders of src/', () => {
  it('import each other as a DAG', () => {
    const graph = folderGraph();
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (folder: string, path: string[]): void => {
      if (done.has(folder)) return;
      expect(visiting.has(folder), `cycle: ${[...path, folder].join(' -> ')}`).toBe(false);
      visiting.add(folder);
      for (const next of graph.get(folder) ?? []) visit(next, [...path, folder]);
      visiting.delete(folder);
      done.add(folder);
    };
    for (const folder of graph.keys()) visit(folder, []);
    expect(graph.get('server')).toEqual(new Set(['capabilities', 'lifecycle', 'media', 'spec']));
  });
});

describe('the files of src/', () => {
  // A file that reaches itself through its imports has no one job to read first (the CLI's
  // flag table and its limit flags once took from each other); type-only imports count too.
  it('import each other without a cycle', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)).join(' -> '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of localImports(file, false)) if (next.startsWith(SRC)) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of sourceFiles(SRC)) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('the mock options (src/server/mock-options.ts and its groups)', () => {
  // Checked once, by any host, before a server exists: so they may reach only the words they
  // check against (the lifecycle's vocabulary, the controls table), never the rest of the mock.
  it('import only the lifecycle vocabulary and the controls table besides their own group', () => {
    const reached = reachable([join(SRC, 'server/mock-options.ts')]).map((file) => relative(SRC, file));
    expect(reached.sort()).toEqual([
      'lifecycle/outcome.ts',
      'lifecycle/vocabulary.ts',
      'server/fault-options.ts',
      'server/host-limits.ts',
      'server/job-options.ts',
      'server/mock-controls.ts',
      'server/mock-options.ts',
      'server/network-options.ts',
      'server/option-checks.ts',
      'server/rate-limit-options.ts',
      'server/redis-url.ts',
    ]);
  });
});

describe('the portable path (fetch handler outside Node, MSW handlers)', () => {
  const files = reachable([join(SRC, 'hosts/fetch-entry.ts'), join(SRC, 'hosts/msw.ts')]);

  it('reaches the core, the capabilities, the lifecycle and the media, and no host, page or Node-only module', () => {
    const folders = new Set(files.map(folderOf));
    expect(folders).toEqual(new Set(['hosts', 'server', 'capabilities', 'lifecycle', 'media', 'spec']));
    expect(
      files.map((file) => relative(SRC, file)).filter((path) => /hosts\/(node|flags)\/|cli|access-log|spec-document/.test(path)),
    ).toEqual([]);
  });

  it.each(files.filter((file) => file !== REPLACED_BY_BUILD).map((file) => [relative(SRC, file), file]))(
    '%s uses no Node-only API',
    (_name, file) => {
      const text = code(file);
      expect(text).not.toMatch(/from\s+['"]node:/);
      expect(text).not.toMatch(/\bBuffer\b/);
      expect(text).not.toMatch(/\bprocess\./);
      expect(text).not.toMatch(/\brequire\(/);
    },
  );
});
