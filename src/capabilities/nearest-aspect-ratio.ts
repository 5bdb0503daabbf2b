// Image-to-video keeps the input image's aspect ratio (docs.x.ai "Image-to-Video";
// xAI's OpenAPI document: "the aspect ratio is always derived from the input image"). The
// output is one of the model's ratios: the one nearest to the image's, on a log scale so
// that 2:1 and 1:2 are as far from 1:1.
import { findModel } from './capability-table.js';

function ratioValue(ratio: string): number {
  const [w, h] = ratio.split(':').map(Number);
  return (w ?? 1) / (h ?? 1);
}

export function nearestAspectRatio(model: string, width: number, height: number): string {
  const row = findModel(model);
  if (!row) throw new RangeError(`nearestAspectRatio: unknown model ${model}`);
  const target = Math.log(width / height);
  let best = row.aspect_ratios[0] ?? '16:9';
  for (const ratio of row.aspect_ratios) {
    if (Math.abs(Math.log(ratioValue(ratio)) - target) < Math.abs(Math.log(ratioValue(best)) - target)) best = ratio;
  }
  return best;
}
