// gRPC metadata → what the core reads: the authorization value as sent and the Prefer
// controls, joined like repeated HTTP header lines; everything else is not the core's.
import { Metadata } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { readCallMetadata } from '../../../src/hosts/grpc/index.js';

function metadata(entries: [string, string | Buffer][]): Metadata {
  const md = new Metadata();
  for (const [key, value] of entries) md.add(key, value as string);
  return md;
}

describe('readCallMetadata', () => {
  it('passes the authorization value on unparsed: the core decides 401 or 400', () => {
    expect(readCallMetadata(metadata([['authorization', 'Bearer xai-123']]))).toEqual({ authorization: 'Bearer xai-123' });
    expect(readCallMetadata(metadata([['authorization', 'Basic abc']]))).toEqual({ authorization: 'Basic abc' });
  });

  it('what the Python SDK sends besides the key is not passed on', () => {
    const sdk = metadata([
      ['xai-sdk-version', 'python/1.19.0'],
      ['xai-sdk-language', 'python/3.12'],
      ['authorization', 'Bearer k'],
    ]);
    expect(readCallMetadata(sdk)).toEqual({ authorization: 'Bearer k' });
  });

  it('repeated prefer entries are joined with ", ", as one Prefer header', () => {
    expect(
      readCallMetadata(
        metadata([
          ['prefer', 'outcome=failed'],
          ['prefer', 'error-code=internal_error'],
        ]),
      ),
    ).toEqual({
      prefer: 'outcome=failed, error-code=internal_error',
    });
  });

  it('two authorization entries read as one malformed value, not a silent pick', () => {
    expect(
      readCallMetadata(
        metadata([
          ['authorization', 'Bearer a'],
          ['authorization', 'Bearer b'],
        ]),
      ),
    ).toEqual({ authorization: 'Bearer a, Bearer b' });
  });

  it('no metadata: nothing to pass on (the core answers UNAUTHENTICATED)', () => {
    expect(readCallMetadata(new Metadata())).toEqual({});
  });
});
