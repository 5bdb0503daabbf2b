// The rules a JSON schema cannot say (they compare fields, or need to read an input),
// from the reference (sections 3–5), written independently of the mock: the fuzzer's
// oracle for a schema-valid request. The server answers a broken rule with 400 (a bad
// combination) or 422 (a missing field, e.g. the prompt of text-to-video).
import type { CreateOperation } from '../video-jobs.js';

export type Verdict =
  | { kind: 'accept' }
  | { kind: 'reject'; rule: string }
  /** A mock control tag in the prompt may be refused (400) when it does not parse. */
  | { kind: 'either'; reason: string };

type Body = Record<string, unknown>;

const BASE_MODEL = 'grok-imagine-video';
const MAX_REFERENCE_SECONDS = 10;
const DEFAULT_SECONDS = 8;

const hasPrompt = (body: Body) => typeof body.prompt === 'string' && body.prompt.trim() !== '';

function generationRule(body: Body): string | undefined {
  const { duration, seconds } = body as { duration?: number; seconds?: number };
  if (duration !== undefined && seconds !== undefined && duration !== seconds) return 'duration and its alias seconds disagree';
  const length = duration ?? seconds ?? DEFAULT_SECONDS;
  if (body.image !== undefined && body.reference_images !== undefined) return 'image with reference_images';
  if (body.resolution === '1080p' && (body.model ?? BASE_MODEL) === BASE_MODEL) return '1080p on the base model';
  if (body.reference_images !== undefined) {
    if (!hasPrompt(body)) return 'reference-to-video without a prompt';
    if (length > MAX_REFERENCE_SECONDS) return 'reference-to-video over 10 s';
    if (body.resolution === '1080p') return 'reference-to-video at 1080p';
  } else if (body.image === undefined && !hasPrompt(body)) {
    return 'text-to-video without a prompt';
  }
  const keyframes = (body.keyframes as { timestamp_s: number }[] | undefined) ?? [];
  if (keyframes.some((k) => k.timestamp_s <= 0 || k.timestamp_s >= length)) return 'keyframe outside 0 < t < duration';
  return undefined;
}

/** The source video must be readable: an inline MP4 is read (a random one is not an MP4). */
function sourceRule(body: Body): string | undefined {
  const url = (body.video as { url?: unknown } | undefined)?.url;
  if (typeof url !== 'string') return undefined; // a file_id: nothing to read here
  if (url.startsWith('data:video/mp4;base64,')) return 'an inline video that is not a readable MP4';
  if (!URL.canParse(url)) return 'a video URL that does not parse';
  return undefined;
}

export function judgeValidRequest(operationId: CreateOperation, body: Body): Verdict {
  const rule = operationId === 'generateVideo' ? generationRule(body) : sourceRule(body);
  if (rule) return { kind: 'reject', rule };
  if (typeof body.prompt === 'string' && /\[mock:/i.test(body.prompt)) return { kind: 'either', reason: 'a [mock: ...] tag in the prompt' };
  return { kind: 'accept' };
}

/**
 * A schema-valid body changed just enough to keep every rule (fields dropped or set to
 * values the schema allows), so that half of the valid requests exercise the accepted
 * path: a schema-derived body breaks some rule more often than not.
 */
export function keepRules(operationId: CreateOperation, body: Body): Body {
  const kept: Body = { ...body };
  if (operationId !== 'generateVideo') {
    const video = kept.video as { url?: unknown } | undefined;
    if (typeof video?.url === 'string' && sourceRule(kept)) kept.video = { url: 'https://example.com/source.mp4' };
    return kept;
  }
  delete kept.seconds;
  if (kept.image !== undefined) delete kept.reference_images;
  if (!hasPrompt(kept) || /\[mock:/i.test(String(kept.prompt))) kept.prompt = 'A paper boat drifting down a rain-soaked street';
  if (kept.resolution === '1080p') kept.model = 'grok-imagine-video-1.5';
  if (kept.reference_images !== undefined) {
    if (kept.resolution === '1080p') kept.resolution = '720p';
    if (((kept.duration as number | undefined) ?? DEFAULT_SECONDS) > MAX_REFERENCE_SECONDS) kept.duration = MAX_REFERENCE_SECONDS;
  }
  const length = (kept.duration as number | undefined) ?? DEFAULT_SECONDS;
  if (Array.isArray(kept.keyframes))
    kept.keyframes = (kept.keyframes as { timestamp_s: number }[]).filter((k) => k.timestamp_s > 0 && k.timestamp_s < length);
  return kept;
}
