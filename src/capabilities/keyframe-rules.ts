// Keyframes sit strictly inside the clip and snap to the model's grid (xAI's OpenAPI
// document, VideoKeyframe: "one anchor per 1/3 second"): a keyframe that snaps onto the
// first or last frame, or two in one slot, cannot both be honoured, so they are refused.
import type { ModelCapabilities } from '../spec/index.js';
import { type Violation, violation } from './violation.js';

interface Keyframe {
  timestamp_s: number;
}

const seconds = (slot: number, perSecond: number) => `${Math.round((slot / perSecond) * 100) / 100} s`;

export function checkKeyframes(row: ModelCapabilities, keyframes: Keyframe[] | undefined, duration: number): Violation | undefined {
  if (!keyframes || row.inputs.keyframes === false) return undefined;
  const perSecond = row.inputs.keyframes.slots_per_second;
  const taken = new Map<number, number>();
  for (const [i, { timestamp_s: t }] of keyframes.entries()) {
    const field = `keyframes[${i}].timestamp_s`;
    if (t <= 0 || t >= duration) {
      return violation(422, field, 'keyframe-time', `${field}: must be greater than 0 and less than the duration ${duration} (got ${t})`);
    }
    const slot = Math.round(t * perSecond);
    if (slot <= 0 || slot >= duration * perSecond) {
      const end = slot <= 0 ? 'first' : 'last';
      return violation(
        400,
        field,
        'keyframe-slot',
        `${field}: ${t} snaps onto the ${end} frame on the 1/${perSecond} s grid of ${row.id}: use image or last_frame for it`,
      );
    }
    const other = taken.get(slot);
    if (other !== undefined) {
      return violation(
        400,
        field,
        'keyframe-slot',
        `${field}: keyframes[${other}] and keyframes[${i}] snap to the same slot (${seconds(slot, perSecond)}) on the 1/${perSecond} s grid of ${row.id}`,
      );
    }
    taken.set(slot, i);
  }
  return undefined;
}
