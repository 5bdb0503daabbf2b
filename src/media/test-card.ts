// The picture of every mock video: colour bars, the size as large text, a clock and a progress
// bar. Frame 0 is drawn whole; later frames only redraw the clock (once a second) and the
// growing part of the progress bar, and report those areas first so the encoder can code just
// the macroblocks that really changed (everything else is a skipped macroblock).
import { GLYPH_HEIGHT, forEachTextPixel, textWidth } from './bitmap-font.js';
import { rgbToYuv, YuvCanvas, type Rect, type YuvColour } from './yuv-canvas.js';

export interface TestCardOptions {
  /** Visible size; the canvas is this rounded up to whole macroblocks. */
  width: number;
  height: number;
  frameCount: number;
  fps: number;
  durationSeconds: number;
}

/** The card's background; also the bars around a first-frame picture of another shape. */
export const BACKGROUND_RGB = [20, 20, 24] as const;

const COLOURS = {
  background: rgbToYuv(...BACKGROUND_RGB),
  label: rgbToYuv(255, 255, 255),
  clock: rgbToYuv(200, 200, 200),
  track: rgbToYuv(60, 60, 66),
  fill: rgbToYuv(70, 150, 255),
};
/** 75 % colour bars: grey, yellow, cyan, green, magenta, red, blue. */
const BARS: readonly YuvColour[] = [
  [191, 191, 191],
  [191, 191, 0],
  [0, 191, 191],
  [0, 191, 0],
  [191, 0, 191],
  [191, 0, 0],
  [0, 0, 191],
].map(([r, g, b]) => rgbToYuv(r ?? 0, g ?? 0, b ?? 0));

interface TextBlock {
  x: number;
  y: number;
  scale: number;
}

interface Layout {
  barsBottom: number;
  label: TextBlock;
  clock: TextBlock;
  track: Rect;
}

const even = (value: number): number => 2 * Math.round(value / 2);

export class TestCard {
  readonly canvas: YuvCanvas;
  private readonly layout: Layout;
  private readonly label: string;
  private shownSecond = 0;
  private shownFill = 0;

  constructor(private readonly options: TestCardOptions) {
    this.canvas = new YuvCanvas(Math.ceil(options.width / 16) * 16, Math.ceil(options.height / 16) * 16);
    this.label = `${options.width}x${options.height}`;
    this.layout = computeLayout(options.width, options.height, this.label, this.clockText(0));
  }

  /** Where the progress bar is (tests sample it to tell frames apart). */
  get progressTrack(): Rect {
    return { ...this.layout.track };
  }

  drawFirstFrame(): void {
    const { canvas, layout } = this;
    canvas.fillRect({ x0: 0, y0: 0, x1: canvas.width, y1: canvas.height }, COLOURS.background);
    BARS.forEach((colour, index) => {
      const x0 = even((index * this.options.width) / BARS.length);
      // The last bar also covers the padding columns, which keeps them cheap to code.
      const x1 = index === BARS.length - 1 ? canvas.width : even(((index + 1) * this.options.width) / BARS.length);
      canvas.fillRect({ x0, y0: 0, x1, y1: layout.barsBottom }, colour);
    });
    this.drawText(this.label, layout.label, COLOURS.label);
    this.drawText(this.clockText(0), layout.clock, COLOURS.clock);
    canvas.fillRect(layout.track, COLOURS.track);
    this.drawProgress(0, () => undefined);
  }

  /** Brings the canvas from frame `frame - 1` to `frame`; `touch` sees each area before it is drawn. */
  advance(frame: number, touch: (rect: Rect) => void): void {
    const second = Math.floor(frame / this.options.fps);
    if (second !== this.shownSecond) {
      const text = this.clockText(second);
      touch(textRect(text, this.layout.clock));
      this.drawText(text, this.layout.clock, COLOURS.clock);
      this.shownSecond = second;
    }
    this.drawProgress(frame, touch);
  }

  /**
   * Fills the track up to the end of this frame's time slot, so the last frame shows it full.
   * The edge snaps back to a macroblock boundary: a newly filled macroblock then repeats its
   * left neighbour (an exact horizontal prediction, ~2 bytes) instead of needing I_PCM.
   */
  private drawProgress(frame: number, touch: (rect: Rect) => void): void {
    const { track } = this.layout;
    const edge = track.x0 + Math.round(((track.x1 - track.x0) * (frame + 1)) / this.options.frameCount);
    const fill = (edge >= track.x1 ? track.x1 : Math.max(track.x0, Math.floor(edge / 16) * 16)) - track.x0;
    if (fill <= this.shownFill) return;
    const rect = { x0: track.x0 + this.shownFill, y0: track.y0, x1: track.x0 + fill, y1: track.y1 };
    touch(rect);
    this.canvas.fillRect(rect, COLOURS.fill);
    this.shownFill = fill;
  }

  private drawText(text: string, block: TextBlock, colour: YuvColour): void {
    this.canvas.fillRect(textRect(text, block), COLOURS.background);
    forEachTextPixel(text, (column, row) => {
      const x0 = block.x + column * block.scale;
      const y0 = block.y + row * block.scale;
      this.canvas.fillRect({ x0, y0, x1: x0 + block.scale, y1: y0 + block.scale }, colour);
    });
  }

  /** `0:03 / 0:08`; the total shows tenths when the duration is not whole seconds. */
  private clockText(elapsedSeconds: number): string {
    return `${formatClock(elapsedSeconds)} / ${formatClock(this.options.durationSeconds)}`;
  }
}

function formatClock(seconds: number): string {
  const tenths = Math.round(seconds * 10);
  const whole = Math.floor(tenths / 10);
  const clock = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  return tenths % 10 === 0 ? clock : `${clock}.${tenths % 10}`;
}

function textRect(text: string, block: TextBlock): Rect {
  return {
    x0: block.x,
    y0: block.y,
    x1: block.x + textWidth(text) * block.scale,
    y1: block.y + GLYPH_HEIGHT * block.scale,
  };
}

/** Bars fill the top ~55 % (whole macroblock rows); label, clock and progress bar share the rest. */
function computeLayout(width: number, height: number, label: string, clock: string): Layout {
  const barsBottom = Math.max(16, Math.floor((height * 0.55) / 16) * 16);
  const margin = Math.max(2, even(width * 0.06));
  const thickness = Math.max(4, even(height / 36));
  const trackBottom = Math.max(barsBottom + thickness, even(height - height * 0.06));
  const track = { x0: margin, y0: trackBottom - thickness, x1: width - margin, y1: trackBottom };
  const room = track.y0 - barsBottom;
  const labelScale = Math.max(1, Math.floor(Math.min((width - 2 * margin) / textWidth(label), (room * 0.3) / GLYPH_HEIGHT)));
  const clockScale = Math.max(1, Math.min(Math.ceil(labelScale / 2), Math.floor((width - 2 * margin) / textWidth(clock))));
  const gap = Math.max(0, Math.floor((room - GLYPH_HEIGHT * (labelScale + clockScale)) / 3));
  const centred = (text: string, scale: number): number => Math.max(0, even((width - textWidth(text) * scale) / 2));
  return {
    barsBottom,
    label: { x: centred(label, labelScale), y: barsBottom + gap, scale: labelScale },
    clock: { x: centred(clock, clockScale), y: barsBottom + 2 * gap + GLYPH_HEIGHT * labelScale, scale: clockScale },
    track,
  };
}
