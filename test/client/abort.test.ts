import { describe, expect, it } from 'vitest';
import { VideoAbortedError } from '../../src/client/index.js';
import { REQUEST_ID, doneBody, rejectionOf, setupClient } from './support/setup-client.js';

describe('AbortSignal', () => {
  it('aborted before the call: no request is made', async () => {
    const controller = new AbortController();
    const reason = new Error('user left the page');
    controller.abort(reason);
    const { client, http } = setupClient([{ status: 200, body: { request_id: REQUEST_ID } }]);
    const error = await rejectionOf(client.generate({ prompt: 'x' }, { signal: controller.signal }));
    expect(error).toBeInstanceOf(VideoAbortedError);
    expect(error).toMatchObject({ name: 'VideoAbortedError', code: 'ERR_VIDEO_ABORTED' });
    expect((error as Error).cause).toBe(reason);
    expect(http.requests).toHaveLength(0);
  });

  it('aborted during the wait between polls: the sleep ends and no further poll is made', async () => {
    const controller = new AbortController();
    const { client, http, io } = setupClient([{ status: 202 }, { status: 202 }, { status: 200, body: doneBody() }]);
    io.onSleep = (index) => {
      if (index === 2) controller.abort();
    };
    const error = await rejectionOf(client.waitForVideo(REQUEST_ID, { signal: controller.signal }));
    expect(error).toBeInstanceOf(VideoAbortedError);
    expect(error).toMatchObject({ requestId: REQUEST_ID });
    expect((error as Error).cause).toBe(controller.signal.reason);
    expect(http.requests).toHaveLength(2);
  });

  it('aborted during a retry backoff of the GET', async () => {
    const controller = new AbortController();
    const { client, http, io } = setupClient([{ status: 503 }, { status: 200, body: doneBody() }]);
    io.onSleep = () => controller.abort();
    await expect(client.waitForVideo(REQUEST_ID, { signal: controller.signal })).rejects.toBeInstanceOf(VideoAbortedError);
    expect(http.requests).toHaveLength(1);
  });

  it('aborted while fetch is in flight: not mistaken for a network error, not retried', async () => {
    const controller = new AbortController();
    const inFlight = (request: Request): Promise<Response> => {
      controller.abort();
      return Promise.reject(request.signal.reason);
    };
    const { client, http } = setupClient([inFlight, { status: 200, body: doneBody() }]);
    const error = await rejectionOf(client.waitForVideo(REQUEST_ID, { signal: controller.signal }));
    expect(error).toBeInstanceOf(VideoAbortedError);
    expect(http.requests).toHaveLength(1);
  });

  it('passes the signal down to fetch', async () => {
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    const { client } = setupClient([
      (request) => {
        seen = request.signal;
        return new Response(JSON.stringify(doneBody()), { status: 200 });
      },
    ]);
    await client.waitForVideo(REQUEST_ID, { signal: controller.signal });
    expect(seen?.aborted).toBe(false);
    controller.abort();
    expect(seen?.aborted).toBe(true);
  });
});
