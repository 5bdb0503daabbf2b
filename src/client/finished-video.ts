/**
 * The successful outcome of a job, in camelCase, read tolerantly from a done body
 * (`DoneVideoStatus`, which early-2026 traffic sent without `status`).
 */
import type { components } from '../../generated/xai-video.js';
import { isRecord, numberField, stringField } from './internal/is-record.js';

export type DoneVideoStatus = components['schemas']['DoneVideoStatus'];

export interface FinishedVideo {
  requestId: string;
  /** Temporary (about 24 h) URL of the MP4: download it soon. */
  url: string;
  /** Whole seconds, when the API said. */
  duration: number | undefined;
  /** The model that produced it, when the API said (a protobuf `""` becomes `undefined`). */
  model: string | undefined;
  /** Always `true` here: `false` is reported as `VideoModeratedError` instead. */
  respectModeration: boolean;
  /** 10^10 ticks = 1 USD. */
  costInUsdTicks: number | undefined;
  /** The body as received. */
  raw: DoneVideoStatus;
}

/** `body.video` must already be known to be an object with a non-empty `url`. */
export function toFinishedVideo(requestId: string, body: Record<string, unknown>, video: Record<string, unknown>): FinishedVideo {
  const usage = body.usage;
  return {
    requestId,
    // Stryker disable next-line StringLiteral: the caller passes a video with a url (see above)
    url: stringField(video, 'url') ?? '',
    duration: numberField(video, 'duration'),
    model: stringField(body, 'model') || undefined,
    // Stryker disable next-line ConditionalExpression: respect_moderation false is a VideoModeratedError before this
    respectModeration: video.respect_moderation !== false,
    costInUsdTicks: isRecord(usage) ? numberField(usage, 'cost_in_usd_ticks') : undefined,
    raw: body as DoneVideoStatus,
  };
}
