// Every poll answer the REST host can give below 400 maps to the GetDeferredVideoResponse
// the Python SDK's poll loop acts on (xai_sdk/sync/video.py: DONE returns the video,
// FAILED raises with error.code/message, EXPIRED raises, PENDING sleeps and polls again).
import { describe, expect, it } from 'vitest';
import { toDeferredVideoResponse } from '../../../src/hosts/grpc/index.js';
import { loadSpecDocument } from '../../../src/spec/index.js';
import { deferredResponseAsSeen } from './support/through-wire.js';

const seen = (status: number, json?: unknown) => {
  const message = toDeferredVideoResponse({ status, json });
  if (!message) throw new Error(`no GetDeferredVideoResponse for ${status} ${JSON.stringify(json)}`);
  return deferredResponseAsSeen(message);
};

describe('toDeferredVideoResponse', () => {
  it('202 pending: PENDING with the progress in the response', () => {
    expect(seen(202, { status: 'pending', progress: 37 })).toMatchObject({ status: 'PENDING', response: { progress: 37 } });
  });

  it('an empty 202 and the older 200 pending are PENDING too', () => {
    const empty = seen(202);
    expect(empty.status).toBe('PENDING');
    expect(empty.response).toBeUndefined();
    expect(seen(200, { status: 'pending', progress: 10 })).toMatchObject({ status: 'PENDING', response: { progress: 10 } });
  });

  it('done: DONE with url, duration, respect_moderation, model, progress 100 and the cost in ticks', () => {
    const message = seen(200, {
      status: 'done',
      progress: 100,
      model: 'grok-imagine-video-1.5',
      video: { url: 'http://127.0.0.1:4010/__mock/videos/xai-video-x.mp4', duration: 8, respect_moderation: true },
      usage: { cost_in_usd_ticks: 11_200_000_000 },
    });
    expect(message).toMatchObject({
      status: 'DONE',
      response: {
        model: 'grok-imagine-video-1.5',
        progress: 100,
        video: { url: 'http://127.0.0.1:4010/__mock/videos/xai-video-x.mp4', duration: 8, respect_moderation: true },
        usage: { cost_in_usd_ticks: 11_200_000_000 },
      },
    });
  });

  it('moderated done: DONE with an empty url and respect_moderation false (the SDK then refuses .url)', () => {
    const message = seen(200, {
      status: 'done',
      progress: 100,
      model: 'grok-imagine-video',
      video: { url: '', duration: 8, respect_moderation: false },
    });
    expect(message.response?.video).toMatchObject({ url: '', respect_moderation: false });
  });

  it('a done body without respect_moderation reads as respected, not as proto3’s false', () => {
    expect(seen(200, { video: { url: 'https://x/v.mp4', duration: 6 }, progress: 100 }).response?.video?.respect_moderation).toBe(true);
  });

  it('a finished body without status (early 2026) is DONE when it carries a video', () => {
    expect(seen(200, { video: { url: 'https://x/v.mp4', duration: 6 }, progress: 100 })).toMatchObject({
      status: 'DONE',
      response: { video: { url: 'https://x/v.mp4', duration: 6 } },
    });
  });

  it('stored results: file_output with its times as Timestamps, and storage_error', () => {
    const message = seen(200, {
      status: 'done',
      video: {
        url: 'https://x/v.mp4',
        duration: 8,
        respect_moderation: true,
        file_output: { file_id: 'file_1', filename: 'out.mp4', public_url: 'https://files/x', expires_at: 1_800_000_000 },
        storage_error: 'quota exceeded',
      },
    });
    expect(message.response?.video).toMatchObject({
      file_output: { file_id: 'file_1', filename: 'out.mp4', public_url: 'https://files/x', expires_at: { seconds: 1_800_000_000 } },
      storage_error: 'quota exceeded',
    });
  });

  it('failed: FAILED with error code and message, progress 0; zero values survive', () => {
    const failed = seen(200, { status: 'failed', error: { code: 'service_unavailable', message: 'overloaded; retry later' } });
    expect(failed).toMatchObject({
      status: 'FAILED',
      response: { progress: 0, error: { code: 'service_unavailable', message: 'overloaded; retry later' } },
    });
    const zero = seen(200, {
      status: 'failed',
      model: '',
      video: { duration: 0, respect_moderation: true },
      error: { code: 'invalid_argument', message: 'moderated' },
    });
    expect(zero).toMatchObject({ status: 'FAILED', response: { model: '', error: { code: 'invalid_argument' } } });
  });

  it('expired: EXPIRED without a response', () => {
    const expired = seen(200, { status: 'expired' });
    expect(expired.status).toBe('EXPIRED');
    expect(expired.response).toBeUndefined();
  });

  it('a body that is not a job status gives no message (the host answers INTERNAL)', () => {
    expect(toDeferredVideoResponse({ status: 200, json: { status: 'processing' } })).toBeUndefined();
    expect(toDeferredVideoResponse({ status: 200, json: {} })).toBeUndefined();
    expect(toDeferredVideoResponse({ status: 200 })).toBeUndefined();
  });

  it('every getVideo 200/202 example in the spec maps to the status its name says', () => {
    const expected: Record<string, string> = {
      pending: 'PENDING',
      done: 'DONE',
      doneWithStorage: 'DONE',
      doneStorageFailed: 'DONE',
      moderatedDone: 'DONE',
      failed: 'FAILED',
      failedZeroValues: 'FAILED',
      expired: 'EXPIRED',
      legacyPending: 'PENDING',
      legacyFinished: 'DONE',
    };
    const spec = loadSpecDocument() as unknown as {
      components: { responses: Record<string, { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }> };
    };
    const examples = ['VideoPending', 'VideoFinished'].flatMap((name) => {
      const status = name === 'VideoPending' ? 202 : 200;
      return Object.entries(spec.components.responses[name]?.content?.['application/json']?.examples ?? {}).map(([id, { value }]) => ({
        id,
        status,
        value,
      }));
    });
    expect(examples.map((e) => e.id).sort()).toEqual(Object.keys(expected).sort());
    for (const { id, status, value } of examples) expect([id, seen(status, value).status]).toEqual([id, expected[id]]);
  });
});
