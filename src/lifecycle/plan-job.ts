// From an accepted create request to the job's ticket, with the live API's rules for the
// output: a generation lasts what was asked (default 8 s); an edit keeps the input's
// length, ratio and resolution (at most 720p); an extension is input + added (default 6 s).
import { DEFAULT_GENERATION_SECONDS } from '../capabilities/index.js';
import { DEFAULT_OUTCOME, type Outcome } from './outcome.js';
import type { Dialect, JobTicket } from './job-ticket.js';
import { pollsFor, runMsFor, type Timing } from './timing.js';
import { type AspectRatio, type Model, type Operation, RESOLUTIONS, type Resolution } from './vocabulary.js';

export { DEFAULT_GENERATION_SECONDS };
export const DEFAULT_EXTENSION_SECONDS = 6;
/** Length assumed for a source video the mock cannot measure (file_id, foreign URL). */
export const ASSUMED_SOURCE_SECONDS = 6;

export interface SourceVideo {
  durationSeconds: number;
  resolution?: Resolution;
  aspectRatio?: AspectRatio;
}

export interface JobRequest {
  operation: Operation;
  model?: Model;
  resolution?: Resolution;
  aspectRatio?: AspectRatio;
  /** Requested seconds: the output (generation) or the added segment (extension). */
  durationSeconds?: number;
  inputImages: number;
  /** Output cap of an edit or extension (the model's `max_resolution`; default 720p). */
  maxResolution?: Resolution;
  /** `generate_audio`; absent means true (the spec's default). */
  generateAudio?: boolean;
  source?: SourceVideo;
}

export interface JobSettings {
  nowMs: number;
  timing: Timing;
  timeScale: number;
  outcome?: Partial<Outcome>;
  dialect: Dialect;
}

function capped(resolution: Resolution, max: Resolution): Resolution {
  return RESOLUTIONS.indexOf(resolution) > RESOLUTIONS.indexOf(max) ? max : resolution;
}

function output(req: JobRequest): Pick<JobTicket, 'durationSeconds' | 'billedSeconds' | 'resolution' | 'aspectRatio'> {
  const source = req.source ?? { durationSeconds: ASSUMED_SOURCE_SECONDS };
  const sourceSeconds = Math.max(1, Math.round(source.durationSeconds));
  if (req.operation === 'generation') {
    const seconds = req.durationSeconds ?? DEFAULT_GENERATION_SECONDS;
    return {
      durationSeconds: seconds,
      billedSeconds: seconds,
      resolution: req.resolution ?? '480p',
      aspectRatio: req.aspectRatio ?? '16:9',
    };
  }
  const aspectRatio = source.aspectRatio ?? '16:9';
  // Edits and extensions keep the input's resolution up to the model's cap (720p).
  const resolution = capped(source.resolution ?? '480p', req.maxResolution ?? '720p');
  if (req.operation === 'edit') return { durationSeconds: sourceSeconds, billedSeconds: sourceSeconds, resolution, aspectRatio };
  const added = req.durationSeconds ?? DEFAULT_EXTENSION_SECONDS;
  return { durationSeconds: sourceSeconds + added, billedSeconds: added, resolution, aspectRatio };
}

export function planJob(req: JobRequest, settings: JobSettings): JobTicket {
  const shape = output(req);
  return {
    operation: req.operation,
    model: req.model ?? 'grok-imagine-video',
    // Each field by name: a spread amid a literal takes V8's slow path (Node 20).
    durationSeconds: shape.durationSeconds,
    billedSeconds: shape.billedSeconds,
    resolution: shape.resolution,
    aspectRatio: shape.aspectRatio,
    inputImages: req.inputImages,
    generateAudio: req.generateAudio ?? true,
    outcome: { ...DEFAULT_OUTCOME, ...settings.outcome },
    dialect: settings.dialect,
    createdAtMs: settings.nowMs,
    runMs: runMsFor(
      { operation: req.operation, resolution: shape.resolution, durationSeconds: shape.durationSeconds },
      settings.timing,
      settings.timeScale,
    ),
    pollsToFinish: pollsFor(settings.timing),
  };
}
