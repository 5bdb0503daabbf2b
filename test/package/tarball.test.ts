// What `npm pack` puts in the tarball a consumer installs: what the exports, the bin and
// the mock need at run time, the licence and the contract; no tests, fixtures, sources,
// examples, node_modules or source maps pointing at files that are not there.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
  bin: Record<string, string>;
};

interface PackEntry {
  path: string;
  size: number;
}
let files: PackEntry[] = [];
let unpackedSize = 0;

beforeAll(async () => {
  // --ignore-scripts: prepack would rebuild dist/, which `make test` has just built.
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }, (error, out, err) =>
      error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out),
    ),
  );
  const [report] = JSON.parse(stdout) as [{ files: PackEntry[]; unpackedSize: number }];
  files = report.files;
  unpackedSize = report.unpackedSize;
}, 60_000);

const paths = () => files.map((f) => f.path);
const normalise = (target: string) => target.replace(/^\.\//, '');

describe('the packed tarball', () => {
  it('carries every file the exports map and the bin point at', () => {
    const targets = Object.values(pkg.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)));
    for (const target of [...targets, ...Object.values(pkg.bin)]) expect(paths()).toContain(normalise(target));
  });

  it('carries the licence, the readme, the contract and what the mock serves', () => {
    expect(paths()).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'package.json',
        'openapi/xai-video.yaml',
        'generated/xai-video.d.ts',
        'dist/spec/spec.json',
        'dist/playground/index.html',
      ]),
    );
    expect(readFileSync(`${root}LICENSE`, 'utf8')).toMatch(/^MIT License/);
  });

  it('carries no tests, fixtures, sources, examples, scripts, CI files or installed modules', () => {
    const unwanted = paths().filter((p) =>
      /^(test|src|mocks|bench|scripts|docs|\.ci|playground)\/|node_modules\/|\.test\.|fixtures/.test(p),
    );
    expect(unwanted).toEqual([]);
  });

  it('every source map a built file names is in the tarball and carries its sources (none points nowhere)', () => {
    const named = paths().flatMap((p) => {
      if (!p.endsWith('.js')) return [];
      const match = /\/\/# sourceMappingURL=(?!data:)(\S+)\s*$/.exec(readFileSync(`${root}${p}`, 'utf8'));
      return match ? [`${p.slice(0, p.lastIndexOf('/') + 1)}${match[1]}`] : [];
    });
    // The playground's map is served by the mock for the browser's devtools: sources inlined.
    expect(named).toEqual(['dist/playground/playground.js.map']);
    expect(paths().filter((p) => p.endsWith('.map'))).toEqual(named);
    for (const map of named) {
      const { sources, sourcesContent } = JSON.parse(readFileSync(`${root}${map}`, 'utf8')) as {
        sources: string[];
        sourcesContent?: unknown[];
      };
      expect(sourcesContent?.filter((text) => typeof text === 'string')).toHaveLength(sources.length);
    }
  });

  it('stays small: under 4 MB unpacked (the docs page bundle is most of it)', () => {
    expect(unpackedSize).toBeLessThan(4 * 1024 * 1024);
  });
});
