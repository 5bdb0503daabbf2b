// One URL grammar for every URL field (the spec's "URLs"): what the four patterns admit is
// exactly what a WHATWG URL parser reads, so the mock checks nothing more. Sampled from the
// patterns themselves (fast-check), and tried on the URLs that used to slip through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSpecValidators } from '../../src/spec/index.js';

const schemas = createSpecValidators().document.components.schemas as Record<string, { pattern?: string }>;
const KINDS = ['ImageLocation', 'VideoLocation', 'AudioLocation', 'UploadLocation'] as const;
const patternOf = (kind: (typeof KINDS)[number]) => new RegExp(schemas[kind]?.pattern ?? '^$', 'u');
const HTTP = /^https?:\/\//;

describe('the URL patterns of the spec', () => {
  it.each(KINDS)('%s admits only http(s) URLs that parse, and data: URIs of its media type', (kind) => {
    const pattern = patternOf(kind);
    fc.assert(
      fc.property(fc.stringMatching(pattern), (text) => {
        if (HTTP.test(text)) expect(URL.canParse(text), text).toBe(true);
        else expect(text, text).toMatch(/^data:(image|video|audio)\/[a-z0-9.+-]+;base64,[A-Za-z0-9+/]+={0,2}$/);
      }),
      { numRuns: 3_000, seed: 57 },
    );
  });

  it('all four share one grammar for the http(s) part', () => {
    const httpPart = (kind: (typeof KINDS)[number]) => /https\?:\/\/.*?\(\[\/\?#\]\\S\*\)\?/.exec(schemas[kind]?.pattern ?? '')?.[0];
    expect(new Set(KINDS.map(httpPart)).size).toBe(1);
    expect(httpPart('UploadLocation')).toBeDefined();
  });

  it.each([
    'https://)',
    'http://9|zzx_%',
    'https://example.123',
    'https://a.example:65536/x',
    'https://xn--zz.example/',
    'https://user:secret@example.com/a.png',
    'https:// example.com',
    'ftp://example.com/a.png',
    'HTTPS://example.com/a.png',
  ])('refuses %s everywhere', (url) => {
    for (const kind of KINDS) expect(patternOf(kind).test(url), kind).toBe(false);
  });

  it.each([
    'http://127.0.0.1:4010/__mock/videos/xai-video-d97415a1-5796-b7ec-379f-4e6819e08fdf.mp4',
    'http://localhost:4010/a.mp4',
    'http://[::1]:4010/a.mp4',
    'https://b.s3.amazonaws.com/k.mp4?X-Amz-Signature=ab%2F&x=1#t=2',
    'https://files-cdn.x.ai/ZsqeMtdcSYWPPHTQdxXDKQ/file_0123456789abcdef.mp4',
    'https://my_bucket.example.com/café.png',
  ])('accepts %s everywhere, and it parses', (url) => {
    expect(URL.canParse(url)).toBe(true);
    for (const kind of KINDS) expect(patternOf(kind).test(url), kind).toBe(true);
  });
});
