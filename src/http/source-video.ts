// What the mock can know of a source video for an extension or an edit: its own video
// URLs carry the job id (so length, resolution and ratio are exact); a data:video/mp4 URI
// is measured from its `mvhd` box; a foreign URL or a file_id has an assumed length.
import { ruleMessage } from '../capabilities/index.js';
import { ASSUMED_SOURCE_SECONDS, type JobDecoder, type SourceVideo } from '../lifecycle/index.js';
import { readMp4Duration } from '../media/index.js';
import { ApiError } from './api-error.js';
import { VIDEO_PREFIX } from './router.js';

const DATA_URI_PREFIX = 'data:video/mp4;base64,';
const OWN_VIDEO = /\/xai-video-([0-9a-f-]{36})\.mp4$/;

function fromOwnUrl(url: URL, decodeJob: JobDecoder): SourceVideo | undefined {
  if (!url.pathname.startsWith(VIDEO_PREFIX)) return undefined;
  const id = OWN_VIDEO.exec(url.pathname)?.[1];
  const ticket = id ? decodeJob(id) : undefined;
  if (!ticket) throw new ApiError('invalidCombination', ruleMessage('own-video', { path: url.pathname.slice(0, 200) }));
  return { durationSeconds: ticket.durationSeconds, resolution: ticket.resolution, aspectRatio: ticket.aspectRatio };
}

function fromDataUri(uri: string): SourceVideo {
  const seconds = readMp4Duration(Buffer.from(uri.slice(DATA_URI_PREFIX.length), 'base64'));
  if (seconds === undefined) throw new ApiError('invalidCombination', ruleMessage('video-data', {}));
  return { durationSeconds: seconds };
}

export function resolveSourceVideo(video: { url?: string; file_id?: string }, decodeJob: JobDecoder, assumedSeconds?: number): SourceVideo {
  if (video.url?.startsWith(DATA_URI_PREFIX)) return fromDataUri(video.url);
  // The spec's VideoLocation pattern admits only URLs that parse (openapi/xai-video.yaml,
  // "URLs"): the schema has refused every other one already, so nothing is refused here.
  if (video.url && URL.canParse(video.url)) {
    const own = fromOwnUrl(new URL(video.url), decodeJob);
    if (own) return own;
  }
  return { durationSeconds: assumedSeconds ?? ASSUMED_SOURCE_SECONDS };
}
