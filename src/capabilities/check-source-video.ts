// The length of the video to extend or edit, against the model's row (docs.x.ai "Video
// Extension": 2–15 s; "Video Editing": at most 8.7 s). Separate from the request rules:
// the length is known only once the source has been read or assumed.
import type { ModelCapabilities } from '../spec/index.js';
import { type Violation, violation } from './violation.js';

export function checkSourceVideo(row: ModelCapabilities, operationId: 'extendVideo' | 'editVideo', seconds: number): Violation | undefined {
  const model = row.id;
  if (operationId === 'extendVideo') {
    const range = row.operations.extendVideo?.source_seconds;
    if (!range || (seconds >= range.min && seconds <= range.max)) return undefined;
    return violation('source-length', 'video', { model, verb: 'extends', limits: `${range.min} to ${range.max}`, seconds });
  }
  const max = row.operations.editVideo?.source_max_seconds;
  if (max === undefined || seconds <= max) return undefined;
  return violation('source-length', 'video', { model, verb: 'edits', limits: `at most ${max}`, seconds });
}
