// The README's code for tests in another repository is a file the suite runs
// (mocks/examples/mock-server-vitest.test.ts) and `make lint` typechecks (tsconfig.json
// includes the examples), word for word: the snippet cannot drift from the package's API.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const EXAMPLE = 'mocks/examples/mock-server-vitest.test.ts';

/** The README's ```ts blocks. */
function typescriptBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

/** The example without its leading comment (the README explains it in prose). */
function exampleCode(): string {
  return read(EXAMPLE).replace(/^(\/\/.*\n)+/, '');
}

describe("the README's snippet for tests in another repository", () => {
  const blocks = typescriptBlocks(read('README.md')).filter((block) => block.includes('startMockServer('));

  it('is the example the suite runs, word for word', () => {
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toBe(exampleCode());
  });

  it('shows quiet (no access log in the test output) and pollIntervalMs (no 5 s wait per poll)', () => {
    expect(blocks[0]).toMatch(/startMockServer\(\{[^}]*\bquiet: true\b/);
    expect(blocks[0]).toMatch(/createVideoClient\(\{[^}]*\bpollIntervalMs: 1\b/);
    expect(blocks[0]).toMatch(/startMockServer\(\{[^}]*\bport: 0\b/);
  });

  it('is typechecked with the examples', () => {
    const config = JSON.parse(read('tsconfig.json').replace(/^\s*\/\/.*$/gm, '')) as { include: string[] };
    expect(config.include).toContain('mocks/examples/*.ts');
  });
});
