// What the mock can know of a source video for an extension or an edit: its own video
// URLs carry the job id (so length, resolution and ratio are exact); a data:video/mp4 URI
// is measured from its `mvhd` box; a foreign URL or a file_id has an assumed length.
import { ruleMessage } from '../../capabilities/index.js';
import { ASSUMED_SOURCE_SECONDS, type JobDecoder, type SourceVideo } from '../../lifecycle/index.js';
import { type ApiError, apiError } from '../error-catalogue.js';
import { VIDEO_FILE_PATH } from '../stages/route.js';
import { decodeBase64 } from './decode-base64.js';
import { mediaModule } from './media-module.js';

const DATA_URI_PREFIX = 'data:video/mp4;base64,';
const OWN_VIDEO_PREFIX = VIDEO_FILE_PATH.slice(0, VIDEO_FILE_PATH.indexOf('xai-video-'));
const OWN_VIDEO = /\/xai-video-([0-9a-f-]{36})\.mp4$/;

const combination = (detail: string) => apiError('400 invalid-argument', 'combination', { detail });

function fromOwnUrl(url: URL, decodeJob: JobDecoder): SourceVideo | ApiError | undefined {
  if (!url.pathname.startsWith(OWN_VIDEO_PREFIX)) return undefined;
  const id = OWN_VIDEO.exec(url.pathname)?.[1];
  const ticket = id ? decodeJob(id) : undefined;
  if (!ticket) return combination(ruleMessage('own-video', { path: url.pathname.slice(0, 200) }));
  return { durationSeconds: ticket.durationSeconds, resolution: ticket.resolution, aspectRatio: ticket.aspectRatio };
}

async function fromDataUri(uri: string): Promise<SourceVideo | ApiError> {
  const bytes = decodeBase64(uri.slice(DATA_URI_PREFIX.length));
  // Loaded on demand: only a data: URI source needs the MP4 reader.
  const { readMp4Duration } = await mediaModule();
  const seconds = bytes ? readMp4Duration(bytes) : undefined;
  if (seconds === undefined) return combination(ruleMessage('video-data', {}));
  return { durationSeconds: seconds };
}

export function resolveSourceVideo(
  video: { url?: string; file_id?: string },
  decodeJob: JobDecoder,
  assumedSeconds?: number,
): SourceVideo | ApiError | Promise<SourceVideo | ApiError> {
  if (video.url?.startsWith(DATA_URI_PREFIX)) return fromDataUri(video.url);
  // The spec's VideoLocation pattern admits only URLs that parse (openapi/xai-video.yaml,
  // "URLs"): the schema has refused every other one already, so nothing is refused here.
  if (video.url && URL.canParse(video.url)) {
    const own = fromOwnUrl(new URL(video.url), decodeJob);
    if (own) return own;
  }
  return { durationSeconds: assumedSeconds ?? ASSUMED_SOURCE_SECONDS };
}
