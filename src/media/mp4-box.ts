// Minimal ISO BMFF box building: big-endian fields into byte arrays, boxes as size + type +
// payload. Enough for the non-fragmented files this module writes.

export type Field = Uint8Array;

export function u8(value: number): Field {
  return Uint8Array.of(value & 0xff);
}

export function u16(value: number): Field {
  return Uint8Array.of((value >>> 8) & 0xff, value & 0xff);
}

export function u32(value: number): Field {
  return Uint8Array.of((value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
}

export function zeros(length: number): Field {
  return new Uint8Array(length);
}

export function ascii(text: string): Field {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}

export function concat(parts: readonly Field[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function box(type: string, parts: readonly Field[]): Uint8Array {
  const payload = concat(parts);
  return concat([u32(8 + payload.length), ascii(type), payload]);
}

/** A FullBox: version (8 bits) and flags (24 bits) before the payload. */
export function fullBox(type: string, version: number, flags: number, parts: readonly Field[]): Uint8Array {
  return box(type, [u32(((version & 0xff) << 24) | (flags & 0xffffff)), ...parts]);
}

/** The identity transformation matrix of mvhd / tkhd (16.16 and 2.30 fixed point). */
export const IDENTITY_MATRIX: Field = concat([0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000].map(u32));
