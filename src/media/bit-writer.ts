// MSB-first bit writer for H.264 RBSPs: fixed-width fields, Exp-Golomb codes and raw byte runs
// (I_PCM samples), growing its buffer geometrically so a 1080p picture costs few reallocations.

export class BitWriter {
  private buffer: Uint8Array;
  private length = 0;
  /** Bits not yet flushed to `buffer`, right-aligned; fewer than 8 of them. */
  private pending = 0;
  private pendingBits = 0;

  constructor(initialCapacity = 1024) {
    this.buffer = new Uint8Array(initialCapacity);
  }

  get byteAligned(): boolean {
    return this.pendingBits === 0;
  }

  /** Writes `value` as an unsigned `bits`-bit field (u(n)); bits ≤ 32. */
  u(bits: number, value: number): void {
    // Split wide fields so the pending accumulator never exceeds 31 bits.
    if (bits > 24) {
      this.u(bits - 16, Math.floor(value / 0x10000));
      this.u(16, value & 0xffff);
      return;
    }
    this.pending = (this.pending << bits) | (value & ((1 << bits) - 1));
    this.pendingBits += bits;
    while (this.pendingBits >= 8) {
      this.pendingBits -= 8;
      this.pushByte((this.pending >>> this.pendingBits) & 0xff);
    }
    this.pending &= (1 << this.pendingBits) - 1;
  }

  /** Unsigned Exp-Golomb code ue(v). */
  ue(value: number): void {
    const codeNum = value + 1;
    const length = 32 - Math.clz32(codeNum);
    this.u(length - 1, 0);
    this.u(length, codeNum);
  }

  /** Signed Exp-Golomb code se(v): 0, 1, -1, 2, -2 … map to 0, 1, 2, 3, 4 … */
  se(value: number): void {
    this.ue(value > 0 ? 2 * value - 1 : -2 * value);
  }

  /** Zero bits up to the next byte boundary (pcm_alignment_zero_bit, cabac_alignment…). */
  alignZero(): void {
    if (this.pendingBits > 0) this.u(8 - this.pendingBits, 0);
  }

  /** Copies whole bytes; the writer must be byte-aligned. */
  bytes(data: Uint8Array): void {
    if (!this.byteAligned) throw new Error('BitWriter.bytes needs a byte-aligned position');
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  /** rbsp_trailing_bits(): a stop bit then zero alignment; ends every SPS, PPS and slice. */
  trailingBits(): void {
    this.u(1, 1);
    this.alignZero();
  }

  /** The bytes written so far (a copy-free view); the writer must be byte-aligned. */
  finish(): Uint8Array {
    if (!this.byteAligned) throw new Error('BitWriter.finish needs a byte-aligned position');
    return this.buffer.subarray(0, this.length);
  }

  private pushByte(byte: number): void {
    if (this.length === this.buffer.length) this.reserve(1);
    this.buffer[this.length++] = byte;
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
