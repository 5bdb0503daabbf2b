// Puts the user's picture on the canvas for the first frames of an image-to-video job: scaled
// to fit inside the visible area with its aspect ratio kept (bars of the test card's background
// where the ratios differ), then converted to the same BT.709 limited-range YCbCr as the card.
import type { DecodedImage } from './decode-image.js';
import { type Rgb, scaleImage } from './scale-image.js';
import { rgbToYuv, type YuvCanvas } from './yuv-canvas.js';

export function drawImage(canvas: YuvCanvas, image: DecodedImage, width: number, height: number, background: Rgb): void {
  const fill = rgbToYuv(...background);
  canvas.fillRect({ x0: 0, y0: 0, x1: canvas.width, y1: canvas.height }, fill);
  const scale = Math.min(width / image.width, height / image.height);
  const shownWidth = Math.max(1, Math.min(width, Math.round(image.width * scale)));
  const shownHeight = Math.max(1, Math.min(height, Math.round(image.height * scale)));
  const left = Math.floor((width - shownWidth) / 2);
  const top = Math.floor((height - shownHeight) / 2);
  const pixels = scaleImage(image, shownWidth, shownHeight, background);

  // The visible frame as RGB (background around the picture), so chroma can average 2x2 blocks.
  const frame = new Float32Array(width * height * 3);
  for (let channel = 0; channel < 3; channel++) {
    const value = background[channel] ?? 0;
    for (let index = channel; index < frame.length; index += 3) frame[index] = value;
  }
  for (let row = 0; row < shownHeight; row++) {
    frame.set(pixels.subarray(row * shownWidth * 3, (row + 1) * shownWidth * 3), ((top + row) * width + left) * 3);
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0, at = y * width * 3; x < width; x++, at += 3) {
      canvas.y[y * canvas.width + x] = rgbToYuv(frame[at] ?? 0, frame[at + 1] ?? 0, frame[at + 2] ?? 0).y;
    }
  }
  // 4:2:0: each chroma sample from the mean colour of its 2x2 luma block (sizes are even).
  const rowStep = width * 3;
  for (let cy = 0; cy < height / 2; cy++) {
    for (let cx = 0; cx < width / 2; cx++) {
      const at = (2 * cy * width + 2 * cx) * 3;
      const colour = rgbToYuv(mean(frame, at, rowStep), mean(frame, at + 1, rowStep), mean(frame, at + 2, rowStep));
      canvas.u[cy * canvas.chromaWidth + cx] = colour.u;
      canvas.v[cy * canvas.chromaWidth + cx] = colour.v;
    }
  }
}

/** Mean of one channel over the 2x2 block whose top-left value is at `at`. */
function mean(frame: Float32Array, at: number, rowStep: number): number {
  return ((frame[at] ?? 0) + (frame[at + 3] ?? 0) + (frame[at + rowStep] ?? 0) + (frame[at + rowStep + 3] ?? 0)) / 4;
}
