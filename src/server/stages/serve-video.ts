// GET/HEAD /__mock/videos/xai-video-{id}.mp4: a real H.264 MP4 matching the job, with
// single-range support (206/416) so a <video> element can play and seek it.
import { jobPhase } from '../../lifecycle/index.js';
import { parseByteRange, videoDimensions } from '../../media/index.js';
import { ApiError } from '../error-catalogue.js';
import type { MockContext } from '../mock-context.js';
import type { Reply } from '../mock-request.js';

function videoBytes(requestId: string, context: MockContext): Uint8Array {
  const ticket = context.decodeJob(requestId);
  const missing = new ApiError('notFound', `No video file for request ${requestId.slice(0, 64)}.`);
  if (ticket?.outcome.kind !== 'done') throw missing;
  // Poll-count jobs are served once their id is valid: a download is not a poll.
  const phase =
    ticket.pollsToFinish > 0
      ? { kind: 'finished' }
      : jobPhase(ticket, { nowMs: context.clock.now(), polls: 0, ttlMs: context.options.ttlSeconds * 1000 });
  if (phase.kind !== 'finished') throw missing;
  const { width, height } = videoDimensions(ticket.resolution, ticket.aspectRatio);
  return context.videos.get({ width, height, durationSeconds: ticket.durationSeconds });
}

export function serveVideo(requestId: string, rangeHeader: string | undefined, context: MockContext): Reply {
  const bytes = videoBytes(requestId, context);
  const headers: Record<string, string> = {
    'content-type': 'video/mp4',
    'accept-ranges': 'bytes',
    'cache-control': 'public, max-age=86400',
    etag: `"${requestId}"`,
  };
  const range = parseByteRange(rangeHeader, bytes.byteLength);
  if (range === 'unsatisfiable') {
    throw new ApiError('rangeNotSatisfiable', `Range ${rangeHeader ?? ''} is outside the ${bytes.byteLength}-byte video.`, {
      'content-range': `bytes */${bytes.byteLength}`,
    });
  }
  if (!range) return { status: 200, headers, bytes };
  headers['content-range'] = `bytes ${range.start}-${range.end}/${bytes.byteLength}`;
  return { status: 206, headers, bytes: bytes.subarray(range.start, range.end + 1) };
}
