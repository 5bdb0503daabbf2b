/**
 * Static checks on src/client: it must run in browsers (no Node-only APIs) and keep one
 * explicit public entry point (named exports only, no `export *`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../src/client/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Drops comments so that documentation may mention what code may not use. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

const files = sourceFiles(root);

describe('src/client is browser-safe', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s uses no Node-only API', (_name, file) => {
    const text = code(file);
    expect(text).not.toMatch(/from\s+['"]node:/);
    expect(text).not.toMatch(/\bBuffer\b/);
    expect(text).not.toMatch(/\bprocess\./);
    expect(text).not.toMatch(/\brequire\(/);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s has no default export and no export *', (_name, file) => {
    const text = code(file);
    expect(text).not.toMatch(/export\s+default\b/);
    expect(text).not.toMatch(/export\s+\*/);
  });

  it('relative imports use the NodeNext .js extension', () => {
    for (const file of files) {
      for (const [, specifier] of code(file).matchAll(/from\s+['"](\.[^'"]*)['"]/g)) {
        expect(specifier, file).toMatch(/\.js$/);
      }
    }
  });
});
