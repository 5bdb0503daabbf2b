// The audio of every mock video: AAC-LC, 48 kHz stereo, silence. Each access unit is the
// smallest legal raw_data_block() (ISO/IEC 14496-3 subpart 4): one channel pair with max_sfb = 0,
// so no spectral data at all, which every AAC decoder reconstructs as exact digital zeros.
// Silence rather than a tone on purpose: a tone needs a real MDCT encoder (there is no small,
// well-kept one in pure JS), while silent frames are 6 bytes each, exact and free to make.
import { BitWriter } from './bit-writer.js';

export const AAC_SAMPLE_RATE = 48_000;
export const AAC_CHANNELS = 2;
/** PCM samples per channel in one AAC-LC access unit (frameLengthFlag 0). */
export const AAC_FRAME_SAMPLES = 1024;

/** samplingFrequencyIndex of 48 kHz (ISO/IEC 14496-3 Table 1.18). */
const FREQUENCY_INDEX_48K = 3;
const AOT_AAC_LC = 2;
/** Syntactic element ids of raw_data_block(). */
const ID_CPE = 1;
const ID_END = 7;

export interface AacTrackTiming {
  /** Ticks per second: the sample rate, as in every AAC MP4 track. */
  timescale: number;
  /** One entry per access unit: 1024, the last one shorter so the track ends on time. */
  sampleDurations: number[];
}

export function aacTiming(durationSeconds: number): AacTrackTiming {
  const total = Math.max(1, Math.round(durationSeconds * AAC_SAMPLE_RATE));
  const frames = Math.ceil(total / AAC_FRAME_SAMPLES);
  const sampleDurations = Array.from({ length: frames }, (_, index) => Math.min(AAC_FRAME_SAMPLES, total - AAC_FRAME_SAMPLES * index));
  return { timescale: AAC_SAMPLE_RATE, sampleDurations };
}

/** AudioSpecificConfig() with GASpecificConfig() (ISO/IEC 14496-3 1.6.2.1, 4.4.1): esds's DecoderSpecificInfo. */
export function audioSpecificConfig(): Uint8Array {
  const bits = new BitWriter(2);
  bits.u(5, AOT_AAC_LC); // audioObjectType
  bits.u(4, FREQUENCY_INDEX_48K);
  bits.u(4, AAC_CHANNELS); // channelConfiguration 2: left, right
  bits.u(1, 0); // frameLengthFlag: 1024-sample frames
  bits.u(1, 0); // dependsOnCoreCoder
  bits.u(1, 0); // extensionFlag
  return bits.finish().slice();
}

/** One silent raw_data_block(): a channel pair sharing one window (common_window), then END. */
export function silentAacFrame(): Uint8Array {
  const bits = new BitWriter(8);
  bits.u(3, ID_CPE);
  bits.u(4, 0); // element_instance_tag
  bits.u(1, 1); // common_window: one ics_info for both channels
  writeIcsInfo(bits);
  bits.u(2, 0); // ms_mask_present
  writeChannelStream(bits);
  writeChannelStream(bits);
  bits.u(3, ID_END);
  bits.alignZero(); // byte_alignment() closes raw_data_block() in an MP4 sample
  return bits.finish().slice();
}

/** ics_info() for a long window with no scalefactor bands coded. */
function writeIcsInfo(bits: BitWriter): void {
  bits.u(1, 0); // ics_reserved_bit
  bits.u(2, 0); // window_sequence ONLY_LONG_SEQUENCE
  bits.u(1, 0); // window_shape sine
  bits.u(6, 0); // max_sfb: no bands, hence no section, scalefactor or spectral data
  bits.u(1, 0); // predictor_data_present
}

/** individual_channel_stream() of a common-window pair, carrying nothing but the mandatory flags. */
function writeChannelStream(bits: BitWriter): void {
  bits.u(8, 100); // global_gain: unused when no band is coded
  bits.u(1, 0); // pulse_data_present
  bits.u(1, 0); // tns_data_present
  bits.u(1, 0); // gain_control_data_present
}
