// Wraps an RBSP into a NAL unit: the one-byte header plus emulation-prevention bytes, so no
// 0x000000..0x000003 pattern inside the payload can be mistaken for a start code.

export const NalType = { slice: 1, idrSlice: 5, sps: 7, pps: 8 } as const;

/** nal_ref_idc 3 marks parameter sets and reference pictures (every picture here is one). */
export function nalUnit(nalType: number, nalRefIdc: number, rbsp: Uint8Array): Uint8Array {
  const out = new Uint8Array(1 + rbsp.length + Math.ceil(rbsp.length / 2) + 1);
  out[0] = ((nalRefIdc & 3) << 5) | (nalType & 31);
  let length = 1;
  let zeros = 0;
  for (const byte of rbsp) {
    if (zeros >= 2 && byte <= 3) {
      out[length++] = 3;
      zeros = 0;
    }
    out[length++] = byte;
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  // A NAL unit may not end in 0x00 (trailing bits make that impossible here, but stay safe).
  if (zeros > 0) out[length++] = 3;
  return out.subarray(0, length);
}

/** An MP4 (AVCC) sample: each NAL unit preceded by its 4-byte big-endian length. */
export function lengthPrefixed(nalUnits: readonly Uint8Array[]): Uint8Array {
  const total = nalUnits.reduce((sum, nal) => sum + 4 + nal.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let offset = 0;
  for (const nal of nalUnits) {
    view.setUint32(offset, nal.length);
    out.set(nal, offset + 4);
    offset += 4 + nal.length;
  }
  return out;
}
