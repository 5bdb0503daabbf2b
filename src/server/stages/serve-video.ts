// Lifecycle stage of GET/HEAD /__mock/videos/xai-video-{id}.mp4: a real H.264 MP4 matching
// the job, with single-range support (206/416) so a <video> element can play and seek it.
// An image-to-video job opens on its picture when this process still has it.
// The renderer is loaded on the first video request: a host that never serves one (a
// browser test that only polls) never downloads it.
import { type JobDecoder, jobPhase } from '../../lifecycle/index.js';
import { type ApiError, apiError } from '../error-catalogue.js';
import type { FirstFrameCache } from '../first-frame-cache.js';
import type { MockReply } from '../mock-request.js';

type Media = typeof import('../../media/index.js');

export interface VideoDeps {
  decodeJob: JobDecoder;
  ttlMs: number;
  /** Image-to-video pictures, by request id: the video opens on one when this process has it. */
  firstFrames: FirstFrameCache;
  /** The media module and its render cache, loaded once on first use. */
  media(): Promise<{ media: Media; cache: import('../../media/index.js').Mp4Cache }>;
}

async function videoBytes(requestId: string, nowMs: number, deps: VideoDeps): Promise<Uint8Array | ApiError> {
  const ticket = deps.decodeJob(requestId);
  const missing = apiError('404 not-found', 'noVideoFile', { id: requestId.slice(0, 64) });
  if (ticket?.outcome.kind !== 'done') return missing;
  // Poll-count jobs are served once their id is valid: a download is not a poll.
  const phase = ticket.pollsToFinish > 0 ? { kind: 'finished' } : jobPhase(ticket, { nowMs, polls: 0, ttlMs: deps.ttlMs });
  if (phase.kind !== 'finished') return missing;
  const { media, cache } = await deps.media();
  const { width, height } = media.videoDimensions(ticket.resolution, ticket.aspectRatio);
  const firstFrame = deps.firstFrames.get(requestId);
  return cache.get({ width, height, durationSeconds: ticket.durationSeconds, audio: ticket.generateAudio, firstFrame });
}

const cut = (text: string) => (text.length > 100 ? `${text.slice(0, 97)}...` : text);

export async function serveVideo(
  requestId: string,
  rangeHeader: string | undefined,
  nowMs: number,
  deps: VideoDeps,
): Promise<MockReply | ApiError> {
  const bytes = await videoBytes(requestId, nowMs, deps);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const headers: Record<string, string> = {
    'content-type': 'video/mp4',
    'accept-ranges': 'bytes',
    'cache-control': 'public, max-age=86400',
    etag: `"${requestId}"`,
  };
  const { media } = await deps.media();
  const range = media.parseByteRange(rangeHeader, bytes.byteLength);
  if (range === 'unsatisfiable') {
    return apiError(
      '416 range-not-satisfiable',
      'outside',
      // A header value is no secret, but a 16 KiB one is not echoed whole.
      { range: cut(rangeHeader ?? ''), size: bytes.byteLength },
      {
        'content-range': `bytes */${bytes.byteLength}`,
      },
    );
  }
  if (!range) return { status: 200, headers, bytes };
  headers['content-range'] = `bytes ${range.start}-${range.end}/${bytes.byteLength}`;
  return { status: 206, headers, bytes: bytes.subarray(range.start, range.end + 1) };
}
