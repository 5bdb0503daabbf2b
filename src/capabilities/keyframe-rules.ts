// Keyframes sit strictly inside the clip and snap to the model's grid (xAI's OpenAPI
// document, VideoKeyframe: "one anchor per 1/3 second"): a keyframe that snaps onto the
// first or last frame, or two in one slot, cannot both be honoured, so they are refused.
// The schema already says 0 < t < 15 (exclusive bounds); the request's own duration is
// what it cannot compare with.
import type { ModelCapabilities } from '../spec/index.js';
import { type Violation, violation } from './violation.js';

interface Keyframe {
  timestamp_s: number;
}

const seconds = (slot: number, perSecond: number) => `${Math.round((slot / perSecond) * 100) / 100} s`;

export function checkKeyframes(row: ModelCapabilities, keyframes: Keyframe[] | undefined, duration: number): Violation | undefined {
  if (!keyframes || row.inputs.keyframes === false) return undefined;
  const grid = row.inputs.keyframes.slots_per_second;
  const taken = new Map<number, number>();
  for (const [index, { timestamp_s: timestamp }] of keyframes.entries()) {
    const field = `keyframes[${index}].timestamp_s`;
    if (timestamp <= 0 || timestamp >= duration) return violation('keyframe-time', field, { field, duration, timestamp });
    const slot = Math.round(timestamp * grid);
    if (slot <= 0 || slot >= duration * grid) {
      return violation('keyframe-edge', field, { field, timestamp, end: slot <= 0 ? 'first' : 'last', grid, model: row.id });
    }
    const other = taken.get(slot);
    if (other !== undefined) {
      return violation('keyframe-slot', field, { field, other, index, at: seconds(slot, grid), grid, model: row.id });
    }
    taken.set(slot, index);
  }
  return undefined;
}
