// The route stage on its own: which path reaches which route, with which parameter. A
// templated path matches by the text around its one `{name}`: the parameter is at least
// one character, holds no `/` (escaped or not), and may be part of a segment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRoute, ROUTE_TABLE } from '../../src/server/index.js';

const ID = 'f10c32c2-6720-07dc-b4cd-cb9a1d6653a2';

describe('matchRoute', () => {
  it('names the operation and its parameter, decoded', () => {
    expect(matchRoute('GET', `/v1/videos/${ID}`)).toMatchObject({ kind: 'matched', name: 'getVideo', params: { request_id: ID } });
    expect(matchRoute('GET', '/v1/videos/a%20b')).toMatchObject({ name: 'getVideo', params: { request_id: 'a b' } });
    expect(matchRoute('GET', '/v1/video-generation-models/grok-imagine-video')).toMatchObject({
      name: 'getVideoGenerationModel',
      params: { model_id: 'grok-imagine-video' },
    });
  });

  it('takes a parameter that is part of a segment, between fixed text', () => {
    expect(matchRoute('HEAD', `/__mock/videos/xai-video-${ID}.mp4`)).toMatchObject({ name: 'videoFile', params: { request_id: ID } });
    expect(matchRoute('GET', '/__mock/videos/xai-video-.mp4')).toEqual({ kind: 'not-found', area: 'admin' });
    expect(matchRoute('GET', `/__mock/videos/xai-video-${ID}.webm`)).toEqual({ kind: 'not-found', area: 'admin' });
    expect(matchRoute('GET', `/__mock/videos/video-${ID}.mp4`)).toEqual({ kind: 'not-found', area: 'admin' });
  });

  it('prefers a fixed path to a template that would also match it', () => {
    expect(matchRoute('POST', '/v1/videos/generations')).toMatchObject({ name: 'generateVideo', params: {} });
    expect(matchRoute('GET', '/v1/videos/generations')).toEqual({ kind: 'method-not-allowed', allow: 'POST, OPTIONS' });
  });

  it('matches no route for an empty parameter or one holding a slash', () => {
    for (const path of ['/v1/videos/', `/v1/videos/${ID}/`, `/v1/videos/a/${ID}`, '/v1/videos/a%2Fb', '/v1/videos/a%2fb']) {
      expect(matchRoute('GET', path), path).toEqual({ kind: 'not-found', area: 'other' });
    }
  });

  it('answers the allowed methods of a path another method reached', () => {
    expect(matchRoute('DELETE', `/v1/videos/${ID}`)).toEqual({ kind: 'method-not-allowed', allow: 'GET, OPTIONS' });
    expect(matchRoute('POST', `/__mock/videos/xai-video-${ID}.mp4`)).toEqual({ kind: 'method-not-allowed', allow: 'GET, HEAD' });
  });

  it('matches a template as its RegExp would (^fixed([^/]+)fixed$, then decoded, no slash)', () => {
    const templates = ROUTE_TABLE.filter((entry) => entry.path.includes('{'));
    const asRegExp = templates.map((entry) => {
      const [head, tail] = entry.path.split(/\{[a-z_]+\}/) as [string, string];
      const escapeText = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return { entry, pattern: new RegExp(`^${escapeText(head)}([^/]+)${escapeText(tail)}$`) };
    });
    const expected = (path: string) => {
      for (const { entry, pattern } of asRegExp) {
        const raw = pattern.exec(path)?.[1];
        if (raw === undefined) continue;
        let value = raw;
        try {
          if (raw.includes('%')) value = decodeURIComponent(raw);
        } catch {}
        if (!value.includes('/')) return { path: entry.path, value };
      }
      return undefined;
    };
    // Paths built from the templates' own fixed texts and what may sit between them.
    const pieces = [...new Set(templates.flatMap((entry) => entry.path.split(/\{[a-z_]+\}/)))].concat([
      '/',
      'a',
      ID,
      '%2F',
      '%',
      '.mp4',
      '',
    ]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }), (parts) => {
        const path = parts.join('');
        const route = matchRoute('GET', path);
        const want = expected(path);
        if (route.kind === 'matched' && route.entry.path.includes('{')) {
          expect({ path: route.entry.path, value: Object.values(route.params)[0] }, path).toEqual(want);
        } else if (route.kind === 'not-found') expect(want, path).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });
});
