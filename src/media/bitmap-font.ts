// A 5x7 pixel font with just the characters the test card prints (sizes and a clock), so the
// picture needs no font files.

const GLYPHS: Record<string, readonly string[]> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11111', '00010', '00100', '00010', '00001', '10001', '01110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  x: ['00000', '00000', '10001', '01010', '00100', '01010', '10001'],
  ':': ['00000', '01100', '01100', '00000', '01100', '01100', '00000'],
  '.': ['00000', '00000', '00000', '00000', '00000', '01100', '01100'],
  '/': ['00001', '00010', '00010', '00100', '01000', '01000', '10000'],
  ' ': ['00000', '00000', '00000', '00000', '00000', '00000', '00000'],
};

export const GLYPH_WIDTH = 5;
export const GLYPH_HEIGHT = 7;
/** Horizontal advance per character, in font pixels (one column of spacing). */
export const GLYPH_ADVANCE = 6;

/** Calls `plot(column, row)` for every set font pixel of `text`; unknown characters are blank. */
export function forEachTextPixel(text: string, plot: (column: number, row: number) => void): void {
  [...text].forEach((char, index) => {
    const glyph = GLYPHS[char] ?? GLYPHS[' '] ?? [];
    glyph.forEach((line, row) => {
      for (let column = 0; column < line.length; column++) {
        if (line[column] === '1') plot(index * GLYPH_ADVANCE + column, row);
      }
    });
  });
}

/** Width in font pixels of `text` without the trailing spacing column. */
export function textWidth(text: string): number {
  return text.length === 0 ? 0 : text.length * GLYPH_ADVANCE - 1;
}
