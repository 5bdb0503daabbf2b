// The route stage on its own: which path reaches which route, with which parameter. A
// templated path matches by the text around its one `{name}`: the parameter is at least
// one character, holds no `/` (escaped or not), and may be part of a segment.
import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../src/server/index.js';

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
});
